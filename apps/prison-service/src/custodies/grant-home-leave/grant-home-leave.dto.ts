import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601 } from 'class-validator';

export class GrantHomeLeaveDto {
  @ApiProperty({ example: '2026-06-01T09:00:00Z', description: 'When the leave was granted; not in the future' }) @IsISO8601({ strict: true }) grantedAt: string;
  @ApiProperty({ example: '2026-06-02T07:00:00Z', description: 'When she leaves; not before the grant' }) @IsISO8601({ strict: true }) leaveFrom: string;
  @ApiProperty({ example: '2026-06-04T17:00:00Z', description: 'When she is due back; after leaveFrom' }) @IsISO8601({ strict: true }) leaveUntil: string;
}
