import { IsInstant } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';

export class RecordLegalRepresentationDto {
  @ApiProperty({ example: '2026-03-05T09:30:00Z', description: 'When it was established' }) @IsInstant() recordedAt: string;
  @ApiProperty({ example: false, description: 'Whether she has a lawyer' }) @IsBoolean() represented: boolean;
  @ApiPropertyOptional({ example: 'Chan Sophal', description: 'Required when she is represented' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  lawyerName?: string;
  @ApiPropertyOptional({ example: 'Legal Aid of Cambodia' }) @IsOptional() @IsString() @Length(1, 200) organisation?: string;
}
