import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min } from 'class-validator';

export class ExtendPretrialDetentionDto {
  @ApiProperty({ example: '2026-06-30T10:00:00Z', description: 'When the judge extended the detention' }) @IsInstant() extendedAt: string;
  @ApiProperty({ example: 2, description: 'Months added to the current end of the detention' }) @IsInt() @Min(1) @Max(120) additionalMonths: number;
}
