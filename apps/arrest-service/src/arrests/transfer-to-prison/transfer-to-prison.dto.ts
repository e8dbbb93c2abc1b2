import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class TransferToPrisonDto {
  @ApiProperty({ example: '2026-03-04T00:30:00Z', description: 'When she left police custody for prison' }) @IsInstant() transferredAt: string;
  @ApiProperty({ example: 'CC2', description: 'The prison she was taken to, by its unit id (GET /units?kind=prison)' })
  @IsString()
  @Length(1, 200)
  prisonFacility: string;
  @ApiProperty({ example: 'PPCFI-DO-2026-0457', description: 'The pre-trial detention order the transfer rests on' })
  @IsString()
  @Length(1, 100)
  detentionOrderReference: string;
}
