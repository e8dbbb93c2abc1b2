import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';

export class GrantHomeLeaveDto {
  @ApiProperty({ example: '2026-06-01T09:00:00Z', description: 'When the leave was granted; not in the future' }) @IsInstant() grantedAt: string;
  @ApiProperty({ example: '2026-06-02T07:00:00Z', description: 'When she leaves; not before the grant' }) @IsInstant() leaveFrom: string;
  @ApiProperty({ example: '2026-06-04T17:00:00Z', description: 'When she is due back; after leaveFrom' }) @IsInstant() leaveUntil: string;
}
