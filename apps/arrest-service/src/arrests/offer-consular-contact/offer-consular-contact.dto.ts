import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import type { ConsularContactOutcome } from '@safeguard/contracts';

const OUTCOMES: ConsularContactOutcome[] = ['offered', 'made', 'declined'];

export class OfferConsularContactDto {
  @ApiProperty({
    example: '2026-03-01T23:30:00Z',
    description: 'When the police offered or made the contact, or she declined it; while the police held her',
  })
  @IsInstant()
  offeredAt: string;
  @ApiProperty({
    enum: OUTCOMES,
    description: 'offered: she was told she may contact her consulate; made: the police contacted it for her; declined: she refused',
  })
  @IsIn(OUTCOMES)
  outcome: ConsularContactOutcome;
  @ApiProperty({ example: 'Embassy of Viet Nam, Phnom Penh' }) @IsString() @Length(1, 200) consulate: string;
}
