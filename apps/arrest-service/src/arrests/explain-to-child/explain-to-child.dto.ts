import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class ExplainToChildDto {
  @ApiProperty({ example: '2026-03-01T20:45:00Z', description: 'When the child was told' }) @IsInstant() explainedAt: string;
  @ApiProperty({ example: 'officer-17', description: 'Who told the child: an officer, a relative, a social worker' })
  @IsString()
  @Length(1, 200)
  explainedBy: string;
}
