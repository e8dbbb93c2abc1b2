import { IsInstant } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

export class AssessChildDto {
  @ApiProperty({ example: '2026-04-06T09:00:00Z', description: 'When the child was assessed' }) @IsInstant() assessedAt: string;
  @ApiProperty({ example: 'Thriving; vaccinations up to date; needs space to play outside the cell' }) @IsString() @Length(1, 2000) outcome: string;
  @ApiProperty({ example: '2026-07-06T09:00:00Z', description: 'When the child is to be assessed again; after assessedAt' })
  @IsInstant()
  nextAssessmentDue: string;
  @ApiPropertyOptional({ example: 'Referred to the NGO nursery programme', description: 'A referral, or a plan to place the child outside' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  referralOrPlacementPlan?: string;
}
