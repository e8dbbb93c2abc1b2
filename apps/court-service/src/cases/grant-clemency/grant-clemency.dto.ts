import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';
import type { ClemencyGrantedData } from '@safeguard/contracts';

const KINDS: ClemencyGrantedData['kind'][] = ['pardon', 'amnesty', 'sentence-reduction'];

export class GrantClemencyDto {
  @ApiProperty({ example: '2027-01-07T09:00:00Z', description: 'When clemency was granted' }) @IsISO8601({ strict: true }) grantedAt: string;
  @ApiProperty({ enum: KINDS }) @IsIn(KINDS) kind: ClemencyGrantedData['kind'];
  @ApiPropertyOptional({ example: 6, description: 'The months taken off; only, and always, for a sentence reduction' }) @IsOptional() @IsInt() @Min(0) @Max(1200) reductionMonths?: number;
}
