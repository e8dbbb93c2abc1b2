import { IsInstant } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { JudicialReleaseOrder } from '@safeguard/contracts';

const ORDER_KINDS: JudicialReleaseOrder[] = ['judicial-supervision', 'bail', 'provisional-release', 'no-further-action'];

export class ReleaseOnJudicialOrderDto {
  @ApiProperty({ example: '2026-03-03T11:00:00Z', description: 'When she left police custody on the order; not before she was taken into it' })
  @IsInstant()
  releasedAt: string;
  @ApiProperty({ enum: ORDER_KINDS, description: 'What the judge or prosecutor ordered' }) @IsIn(ORDER_KINDS) orderKind: JudicialReleaseOrder;
  @ApiProperty({ example: 'Investigating Judge Ouk Sokha', description: 'The judge or prosecutor who ordered it, as the order names them' })
  @IsString()
  @Length(1, 200)
  orderedBy: string;
  @ApiPropertyOptional({ example: 'PPCFI-JS-2026-0417', description: 'The order’s reference; absent when the police were not given it' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  orderReference?: string;
}
