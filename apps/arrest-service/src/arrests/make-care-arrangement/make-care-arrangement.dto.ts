import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, ValidateNested } from 'class-validator';
import { CaregiverDto } from '../record-dependants-screening/record-dependants-screening.dto';

export class MakeCareArrangementDto {
  @ApiProperty({ example: '2026-03-01T21:20:00Z', description: 'When the arrangement was made' }) @IsInstant() arrangedAt: string;
  @ApiProperty({ type: CaregiverDto, description: 'Who will look after the child; an older sibling needs an age' })
  @IsDefined()
  @ValidateNested()
  @Type(() => CaregiverDto)
  caregiver: CaregiverDto;
  @ApiProperty({ example: true, description: 'She chose the caregiver herself' }) @IsBoolean() chosenByParent: boolean;
}
