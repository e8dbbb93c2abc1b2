import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import type { FamilyNotifiedOfHearingData } from '@safeguard/contracts';

type NotificationMethod = FamilyNotifiedOfHearingData['method'];
const METHODS: NotificationMethod[] = ['phone', 'letter', 'in-person', 'message', 'other'];

export class NotifyFamilyOfHearingDto {
  @ApiProperty({ example: '2026-03-06T10:15:00Z', description: 'When the family was told' }) @IsInstant() notifiedAt: string;
  @ApiProperty({ example: 'Sok Mealea (grandmother)', description: 'Who in the family was told' }) @IsString() @Length(1, 200) notifiedPerson: string;
  @ApiProperty({ enum: METHODS }) @IsIn(METHODS) method: NotificationMethod;
}
