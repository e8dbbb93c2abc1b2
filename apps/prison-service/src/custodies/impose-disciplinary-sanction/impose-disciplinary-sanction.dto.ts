import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsString, Length, Max, Min } from 'class-validator';

export class ImposeDisciplinarySanctionDto {
  @ApiProperty({ example: '2026-05-20T14:00:00Z', description: 'When it was imposed' }) @IsInstant() imposedAt: string;
  @ApiProperty({ example: 'Loss of recreation time' }) @IsString() @Length(1, 200) sanction: string;
  @ApiProperty({ example: 7, description: 'How many days it lasts; 0 for a warning' }) @IsInt() @Min(0) @Max(365) days: number;
  @ApiProperty({ example: false, description: 'Bangkok Rule 23: whether it takes away visits or calls with her children' })
  @IsBoolean()
  restrictsFamilyContact: boolean;
}
