import { IsInstant } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class HandCaseFileToProsecutorDto {
  @ApiProperty({ example: '2026-03-03T17:30:00Z', description: 'When the case file was handed over' }) @IsInstant() handedAt: string;
  @ApiPropertyOptional({ example: 'PPCFI-2026-01183', description: 'The court’s case reference, when the court has given one' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  courtCaseReference?: string;
}
