import { IsInstant } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import type { NonCustodialMeasure } from '@safeguard/contracts';

const MEASURES: NonCustodialMeasure[] = ['community-service', 'judicial-supervision', 'fine', 'other'];

export class ImposeSentenceDto {
  @ApiProperty({ example: '2026-05-20T10:00:00Z', description: 'When the court imposed the sentence' }) @IsInstant() imposedAt: string;
  @ApiProperty({ example: 24, description: 'The prison term; 0 when none' }) @IsInt() @Min(0) @Max(1200) custodialMonths: number;
  @ApiProperty({ example: 12, description: 'The part of the term suspended; never longer than the term' })
  @IsInt()
  @Min(0)
  @Max(1200)
  suspendedMonths: number;
  @ApiProperty({ enum: MEASURES, isArray: true, example: ['community-service'] })
  @IsArray()
  @ArrayMaxSize(MEASURES.length)
  @ArrayUnique()
  @IsIn(MEASURES, { each: true })
  nonCustodialMeasures: NonCustodialMeasure[];
  @ApiProperty({ description: 'Whether the court weighed her children’s welfare (Bangkok Rule 61)' }) @IsBoolean() childrenWelfareConsidered: boolean;
  @ApiProperty({ description: 'Whether non-custodial sentences were considered (Bangkok Rule 64)' })
  @IsBoolean()
  nonCustodialAlternativesConsidered: boolean;
  @ApiPropertyOptional({
    example: '2026-07-01T00:00:00Z',
    description: 'A deferred start, to arrange childcare (Bangkok Rule 2(2)); not before imposedAt',
  })
  @IsOptional()
  @IsInstant()
  startDeferredUntil?: string;
  @ApiPropertyOptional({
    example: '2026-02-28T17:00:00Z',
    description:
      'When the prison term counts from, as the judgment says (her arrest, her remand, the deferred start); not after imposedAt, or after startDeferredUntil when deferred. Absent: not stated, read as from her present custody. Only with a prison term',
  })
  @IsOptional()
  @IsInstant()
  custodyStartsAt?: string;
  @ApiPropertyOptional({
    example: 81,
    description: 'Days she was already held that the judgment credits against the term; absent when it does not say. Only with a prison term',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(36500)
  creditedDays?: number;
}
