import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsString, Length } from 'class-validator';
import type { FamilyNotifiedData, NotificationSubject } from '@safeguard/contracts';

const SUBJECTS: NotificationSubject[] = ['transfer', 'medical', 'legal-date', 'release'];
const METHODS: FamilyNotifiedData['method'][] = ['phone', 'letter', 'in-person', 'message', 'other'];

export class NotifyFamilyDto {
  @ApiProperty({ example: '2026-05-10T08:00:00Z', description: 'When the family was told' }) @IsInstant() notifiedAt: string;
  @ApiProperty({ enum: SUBJECTS }) @IsIn(SUBJECTS) about: NotificationSubject;
  @ApiProperty({ example: 'Sok Mealea (grandmother)' }) @IsString() @Length(1, 200) notifiedPerson: string;
  @ApiProperty({ example: true, description: 'Whether the person told is the children’s caregiver' }) @IsBoolean() isCaregiver: boolean;
  @ApiProperty({ enum: METHODS }) @IsIn(METHODS) method: FamilyNotifiedData['method'];
}
