import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';

export class ReturnFromHomeLeaveDto {
  @ApiProperty({ example: '2026-06-04T16:30:00Z', description: 'When she was back in the facility; not in the future' })
  @IsInstant()
  returnedAt: string;
}
