import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class TellParentOfChildMedicalEventDto {
  @ApiProperty({ example: '2026-05-02T09:00:00Z', description: 'When she was told: not in the future, not before the event' })
  @IsInstant()
  toldAt: string;
  @ApiProperty({ example: 'Prison social worker Keo Sreymom', description: 'Who told her: an officer, a social worker, a relative on a visit' })
  @IsString()
  @Length(1, 200)
  toldBy: string;
}
