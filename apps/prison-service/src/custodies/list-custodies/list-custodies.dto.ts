import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import type { LegalStatus } from '@safeguard/contracts';
import { IsInstant, MAX_PAGE_OFFSET } from '@safeguard/platform';

const STATUSES = ['held', 'on-home-leave', 'released'];
const LEGAL_STATUSES: LegalStatus[] = ['pre-trial', 'convicted'];

/** The filters and page of `GET /custodies`. */
export class ListCustodiesFilter {
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: string;
  @ApiPropertyOptional({ enum: LEGAL_STATUSES }) @IsOptional() @IsIn(LEGAL_STATUSES) legalStatus?: LegalStatus;
  @ApiPropertyOptional({ description: 'Whether a child lives in prison with her now' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  hasChildrenInPrison?: boolean;
  @ApiPropertyOptional({ example: 'CC2', description: 'A facility officer sees their own facility whatever is asked' })
  @IsOptional()
  @IsString()
  facilityId?: string;
  @ApiPropertyOptional({ example: 'person-KH-0012' }) @IsOptional() @IsString() personId?: string;
  @ApiPropertyOptional({ example: '2026-03-01T00:00:00Z' }) @IsOptional() @IsInstant() admittedFrom?: string;
  @ApiPropertyOptional({ example: '2026-04-01T00:00:00Z' }) @IsOptional() @IsInstant() admittedTo?: string;
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_PAGE_OFFSET })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_OFFSET)
  offset?: number;
}

export class CustodySummary {
  @ApiProperty({ format: 'uuid' }) custodyId: string;
  @ApiProperty() personId: string;
  @ApiProperty({ description: 'Where she is held now' }) facilityId: string;
  @ApiProperty() admittedAt: string;
  @ApiProperty({ enum: LEGAL_STATUSES }) legalStatus: string;
  @ApiProperty() nationality: string;
  @ApiProperty({ enum: STATUSES }) status: string;
  @ApiProperty({ description: 'Children living in prison with her now' }) childrenInPrison: number;
  @ApiProperty() version: number;
}

export class CustodyPage {
  @ApiProperty({ type: [CustodySummary] }) items: CustodySummary[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
