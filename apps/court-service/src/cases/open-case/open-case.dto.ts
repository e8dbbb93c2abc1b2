import { IsInstant } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import type { OffenceClass } from '@safeguard/contracts';

const OFFENCE_CLASSES: OffenceClass[] = ['felony', 'misdemeanour', 'petty-offence'];

export class ChargeDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Given by the caller to keep its own reference; generated otherwise' })
  @IsOptional()
  @IsUUID()
  chargeId?: string;
  @ApiProperty({ example: 'Drug possession' }) @IsString() @Length(1, 200) offence: string;
  @ApiProperty({ enum: OFFENCE_CLASSES }) @IsIn(OFFENCE_CLASSES) offenceClass: OffenceClass;
  @ApiProperty({ example: 60 }) @IsInt() @Min(0) @Max(1200) maximumPenaltyMonths: number;
  @ApiPropertyOptional({
    example: 24,
    description:
      'The least prison term the offence carries, when the charge states it (CCP art. 209 caps a misdemeanour’s pre-trial detention at half of it); absent: not stated, recorded as null',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1200)
  minimumPenaltyMonths?: number;
  @ApiProperty() @IsBoolean() violent: boolean;
}

export class OpenCaseDto {
  @ApiProperty({ example: 'PP-MC-2026-0113', description: 'The court registry’s own number for the case' })
  @IsString()
  @Length(1, 100)
  caseReference: string;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    example: ['6f1c1a52-8a43-4c55-9c55-2a3e7b0c9d11'],
    description: 'The arrests the case rests on; empty when she was summoned',
  })
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  arrestIds: string[];
  @ApiProperty({ example: 'person-KH-0012', description: 'The person reference the police recorded' }) @IsString() @Length(1, 100) personId: string;
  @ApiProperty({ example: '2026-03-04T09:00:00Z', description: 'When the case was opened' }) @IsInstant() openedAt: string;
  @ApiProperty({ type: [ChargeDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ChargeDto)
  charges: ChargeDto[];
}
