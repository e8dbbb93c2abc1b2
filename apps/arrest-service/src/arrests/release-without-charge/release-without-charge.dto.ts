import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class ReleaseWithoutChargeDto {
  @ApiProperty({ example: '2026-03-02T16:30:00Z', description: 'When she was released' }) @IsInstant() releasedAt: string;
  @ApiProperty({ example: 'The substance seized tested negative for narcotics.' }) @IsString() @Length(1, 1000) reason: string;
}
