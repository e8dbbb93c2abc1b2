import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class TakeIntoPoliceCustodyDto {
  @ApiProperty({ example: '2026-03-01T22:00:00Z', description: 'When she was booked into the police station' }) @IsInstant() custodyAt: string;
  @ApiProperty({ example: 'Phnom Penh Municipal Police, Anti-Drug Office' }) @IsString() @Length(1, 200) facility: string;
}
