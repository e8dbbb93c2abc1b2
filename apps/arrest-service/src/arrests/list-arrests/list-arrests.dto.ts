import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { IsInstant, MAX_PAGE_OFFSET } from '@safeguard/platform';

const STATUSES = ['arrested', 'in-police-custody', 'released', 'transferred-to-prison'];

/** The filters and page of `GET /arrests`. */
export class ListArrestsFilter {
  @ApiPropertyOptional({ enum: STATUSES }) @IsOptional() @IsIn(STATUSES) status?: string;
  @ApiPropertyOptional({ example: 'Kandal', description: 'Where the arrest happened' }) @IsOptional() @IsString() province?: string;
  @ApiPropertyOptional({ example: 'person-KH-0012' }) @IsOptional() @IsString() personId?: string;
  @ApiPropertyOptional({ description: 'Whether she was asked about dependants' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dependantsAsked?: boolean;
  @ApiPropertyOptional({ example: '2026-03-01T00:00:00Z' }) @IsOptional() @IsInstant() arrestedFrom?: string;
  @ApiPropertyOptional({ example: '2026-04-01T00:00:00Z' }) @IsOptional() @IsInstant() arrestedTo?: string;
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_PAGE_OFFSET })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_OFFSET)
  offset?: number;
}

export class ArrestSummary {
  @ApiProperty({ format: 'uuid' }) arrestId: string;
  @ApiProperty() personId: string;
  @ApiProperty() personName: string;
  @ApiProperty() unitId: string;
  @ApiProperty() province: string;
  @ApiProperty() homeProvince: string;
  @ApiProperty() arrestedAt: string;
  @ApiProperty({ enum: STATUSES }) status: string;
  @ApiProperty() dependantsAsked: boolean;
  @ApiProperty() version: number;
}

export class ArrestPage {
  @ApiProperty({ type: [ArrestSummary] }) items: ArrestSummary[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
