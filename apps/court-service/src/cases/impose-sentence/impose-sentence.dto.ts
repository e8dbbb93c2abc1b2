import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';
import type { NonCustodialMeasure } from '@safeguard/contracts';

const MEASURES: NonCustodialMeasure[] = ['community-service', 'judicial-supervision', 'fine', 'other'];

export class ImposeSentenceDto {
  @ApiProperty({ example: '2026-05-20T10:00:00Z', description: 'When the court imposed the sentence' }) @IsISO8601({ strict: true }) imposedAt: string;
  @ApiProperty({ example: 24, description: 'The prison term; 0 when none' }) @IsInt() @Min(0) @Max(1200) custodialMonths: number;
  @ApiProperty({ example: 12, description: 'The part of the term suspended; never longer than the term' }) @IsInt() @Min(0) @Max(1200) suspendedMonths: number;
  @ApiProperty({ enum: MEASURES, isArray: true, example: ['community-service'] })
  @IsArray() @ArrayMaxSize(MEASURES.length) @ArrayUnique() @IsIn(MEASURES, { each: true }) nonCustodialMeasures: NonCustodialMeasure[];
  @ApiProperty({ description: 'Whether the court weighed her children’s welfare (Bangkok Rule 61)' }) @IsBoolean() childrenWelfareConsidered: boolean;
  @ApiProperty({ description: 'Whether non-custodial sentences were considered (Bangkok Rule 64)' }) @IsBoolean() nonCustodialAlternativesConsidered: boolean;
  @ApiPropertyOptional({ example: '2026-07-01T00:00:00Z', description: 'A deferred start, to arrange childcare (Bangkok Rule 2(2)); not before imposedAt' })
  @IsOptional() @IsISO8601({ strict: true }) startDeferredUntil?: string;
}
