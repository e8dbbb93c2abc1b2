import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class RecordChildDepartureDto {
  @ApiProperty({ example: '2026-09-14T08:00:00Z', description: 'When the child left the prison' }) @IsInstant() leftAt: string;
  @ApiProperty({ example: 'Sok Mealea, her grandmother, Ta Khmau' }) @IsString() @Length(1, 200) toWhom: string;
  @ApiProperty({ example: 'Reached the age limit for children living in prison' }) @IsString() @Length(1, 1000) reason: string;
}
