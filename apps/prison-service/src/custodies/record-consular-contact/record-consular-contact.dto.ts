import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import type { ConsularContactRecordedData } from '@safeguard/contracts';

const KINDS: ConsularContactRecordedData['kind'][] = ['offered', 'made', 'declined'];

export class RecordConsularContactDto {
  @ApiProperty({ example: '2026-04-03T10:00:00Z', description: 'When it was offered, made or declined' }) @IsInstant() recordedAt: string;
  @ApiProperty({ enum: KINDS }) @IsIn(KINDS) kind: ConsularContactRecordedData['kind'];
  @ApiProperty({ example: 'Embassy of Viet Nam, Phnom Penh' }) @IsString() @Length(1, 200) consulate: string;
}
