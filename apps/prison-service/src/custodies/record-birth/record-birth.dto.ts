import { IsInstant } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import type { Sex } from '@safeguard/contracts';

const SEXES: Sex[] = ['female', 'male', 'other'];

export class RecordBirthDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Given by the caller to keep its own reference; generated otherwise' })
  @IsOptional()
  @IsUUID()
  childId?: string;
  @ApiProperty({ example: '2026-08-18T03:40:00Z', description: 'When the child was born' }) @IsInstant() bornAt: string;
  @ApiProperty({ enum: SEXES }) @IsIn(SEXES) sex: Sex;
}
