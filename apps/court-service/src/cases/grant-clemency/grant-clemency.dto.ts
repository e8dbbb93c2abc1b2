import { IsInstant } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { ClemencyGrantedData } from '@safeguard/contracts';

const KINDS: ClemencyGrantedData['kind'][] = ['pardon', 'amnesty', 'sentence-reduction'];

export class GrantClemencyDto {
  @ApiProperty({ example: '2027-01-07T09:00:00Z', description: 'When clemency was granted' }) @IsInstant() grantedAt: string;
  @ApiProperty({ enum: KINDS }) @IsIn(KINDS) kind: ClemencyGrantedData['kind'];
  @ApiPropertyOptional({ example: 6, description: 'The months taken off; only, and always, for a sentence reduction' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1200)
  reductionMonths?: number;
  @ApiPropertyOptional({
    example: '2027-01-09T00:00:00Z',
    description:
      'When it takes effect, as the grant says; not before grantedAt, and may lie ahead. Absent: it takes effect when granted (effectiveAt = grantedAt)',
  })
  @IsOptional()
  @IsInstant()
  effectiveAt?: string;
}
