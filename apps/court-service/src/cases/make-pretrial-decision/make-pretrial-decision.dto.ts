import { IsInstant } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { DetentionGrounds, type DetentionGround, type PretrialOutcome } from '@safeguard/contracts';

const OUTCOMES: PretrialOutcome[] = ['detention', 'judicial-supervision', 'release'];

export class MakePretrialDecisionDto {
  @ApiProperty({ example: '2026-03-05T10:00:00Z', description: 'When the judge decided' }) @IsInstant() decidedAt: string;
  @ApiProperty({ enum: OUTCOMES }) @IsIn(OUTCOMES) outcome: PretrialOutcome;
  @ApiProperty({ enum: DetentionGrounds, isArray: true, example: ['guarantee-presence'], description: 'CCP art. 205; at least one for detention' })
  @IsArray()
  @ArrayMaxSize(DetentionGrounds.length)
  @ArrayUnique()
  @IsIn(DetentionGrounds, { each: true })
  grounds: DetentionGround[];
  @ApiPropertyOptional({
    example: 'No fixed address; she failed to appear once before.',
    description: 'The reasons; at least 20 characters for detention',
  })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  justification?: string;
  @ApiProperty({ description: 'Whether the judge asked about pregnancy and dependent children' })
  @IsBoolean()
  askedAboutPregnancyAndDependants: boolean;
  @ApiPropertyOptional({ example: 'Son Dara, 6, stays with his grandmother' })
  @IsOptional()
  @IsString()
  @Length(1, 2000)
  careArrangementsNoted?: string;
  @ApiProperty({ description: 'Whether supervision or release were considered before detention' }) @IsBoolean() alternativesConsidered: boolean;
  @ApiPropertyOptional({ example: 4, description: 'The detention term; only for detention' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1200)
  detentionMonths?: number;
  @ApiPropertyOptional({ example: 'PP-DO-2026-0042', description: 'The detention order’s reference; only for detention' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  detentionOrderReference?: string;
}
