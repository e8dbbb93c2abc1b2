import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';

export class ReturnFromHomeLeaveDto {
  @ApiProperty({ example: '2026-06-04T16:30:00Z', description: 'When she was back in the facility; not in the future' }) @IsISO8601({ strict: true }) returnedAt: string;
}
