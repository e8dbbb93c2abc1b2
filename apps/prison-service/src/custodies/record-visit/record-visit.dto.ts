import { IsInstant } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import type { VisitSetting } from '@safeguard/contracts';
import { CustodyRecordedDto } from '../custody-recorded.dto';
import { IsKnownCurrency } from '../currencies';

const SETTINGS: VisitSetting[] = ['behind-bars-or-screen', 'communal-area', 'contact-visit', 'private'];

/** A sum asked of the family: for a visit, a call, anything that should have been free. */
export class MoneyDto {
  @ApiProperty({ example: 10000 }) @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }) @Min(0) amount: number;
  @ApiProperty({ example: 'KHR', description: 'ISO 4217' }) @IsKnownCurrency() currency: string;
}

export class RecordVisitDto {
  @ApiProperty({ example: '2026-04-02T09:00:00Z', description: 'When the visit began' }) @IsInstant() visitedAt: string;
  @ApiProperty({ example: 30 }) @IsInt() @Min(0) @Max(1440) durationMinutes: number;
  @ApiPropertyOptional({
    type: [String],
    format: 'uuid',
    example: [],
    description:
      'The children who came, each one the prison knows of: one visit by several children meets contact for each. Absent or empty when only an adult came',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  childIds?: string[];
  @ApiPropertyOptional({ format: 'uuid', description: 'One child who visited, for callers that name one; counted with childIds' })
  @IsOptional()
  @IsUUID()
  childId?: string;
  @ApiPropertyOptional({ example: 'Sok Mealea', description: 'Required when no child visited' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  visitorName?: string;
  @ApiPropertyOptional({ example: 'Sok Mealea (grandmother)' }) @IsOptional() @IsString() @Length(1, 200) accompanyingAdult?: string;
  @ApiProperty({ enum: SETTINGS, description: 'Bangkok Rule 28: a child-friendly setting that allows contact' })
  @IsIn(SETTINGS)
  setting: VisitSetting;
  @ApiPropertyOptional({ type: MoneyDto, description: 'Any fee or payment asked for the visit' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  fee?: MoneyDto;
  @ApiProperty({ example: false, description: 'Whether she could meet her children in her own clothes' }) @IsBoolean() ownClothesAllowed: boolean;
}

/** The visit's id comes back with the custody's. */
export class VisitRecordedDto extends CustodyRecordedDto {
  @ApiProperty({ format: 'uuid' }) visitId: string;
}
