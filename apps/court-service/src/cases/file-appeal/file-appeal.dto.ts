import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsIn } from 'class-validator';
import { CaseRecordedDto } from '../case-recorded.dto';

const SIDES = ['prosecution', 'defence'] as const;

export class FileAppealDto {
  @ApiProperty({ example: '2026-05-25T09:00:00Z', description: 'When the appeal was filed' }) @IsInstant() filedAt: string;
  @ApiProperty({ enum: SIDES }) @IsIn(SIDES) filedBy: (typeof SIDES)[number];
  @ApiProperty({ description: 'Whether she stays detained while the appeal waits' }) @IsBoolean() detainedPendingAppeal: boolean;
}

export class AppealFiledDto extends CaseRecordedDto {
  @ApiProperty({ format: 'uuid', description: 'The appeal’s id, for recording its decision' }) appealId: string;
}
