import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class TransferPrisonerDto {
  @ApiProperty({ example: '2026-04-10T07:00:00Z', description: 'When she left for the other facility' }) @IsInstant() transferredAt: string;
  @ApiProperty({
    example: 'PJ',
    description: 'The prison that holds her from now on, by its unit id (GET /units?kind=prison); where she came from is known already',
  })
  @IsString()
  @Length(1, 100)
  toFacilityId: string;
  @ApiProperty({ example: 'Overcrowding at CC2' }) @IsString() @Length(1, 1000) reason: string;
}
