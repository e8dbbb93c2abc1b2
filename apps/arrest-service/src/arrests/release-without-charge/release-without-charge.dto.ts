import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, IsString, Length } from 'class-validator';

export class ReleaseWithoutChargeDto {
  @ApiProperty({ example: '2026-03-02T16:30:00Z', description: 'When she was released' }) @IsISO8601({ strict: true }) releasedAt: string;
  @ApiProperty({ example: 'The substance seized tested negative for narcotics.' }) @IsString() @Length(1, 1000) reason: string;
}
