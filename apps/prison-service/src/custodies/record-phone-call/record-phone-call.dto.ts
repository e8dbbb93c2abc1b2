import { IsInstant } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { MoneyDto } from '../record-visit/record-visit.dto';

export class RecordPhoneCallDto {
  @ApiProperty({ example: '2026-04-05T16:00:00Z', description: 'When the call began' }) @IsInstant() calledAt: string;
  @ApiProperty({ example: 'Sok Mealea (grandmother), with Dara' }) @IsString() @Length(1, 200) withWhom: string;
  @ApiProperty({ type: [String], format: 'uuid', example: [], description: 'The children she spoke with, each one the prison knows of' })
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  childIds: string[];
  @ApiProperty({ example: 10 }) @IsInt() @Min(0) @Max(1440) durationMinutes: number;
  @ApiPropertyOptional({ type: MoneyDto, description: 'What the call cost her or her family' })
  @IsOptional()
  @ValidateNested()
  @Type(() => MoneyDto)
  cost?: MoneyDto;
}
