import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class ReleaseOnPoliceBailDto {
  @ApiProperty({ example: '2026-03-02T16:30:00Z', description: 'When she was released' }) @IsInstant() releasedAt: string;
  @ApiProperty({ example: 'Report to Chbar Ampov District Police Station every Monday; do not leave Phnom Penh without permission.' })
  @IsString()
  @Length(1, 1000)
  conditions: string;
}
