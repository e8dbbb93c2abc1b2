import { IsInstant, IsCalendarDate } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';

export class AdmitChildWithParentDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The child’s id when recorded at admission; generated otherwise' })
  @IsOptional()
  @IsUUID()
  childId?: string;
  @ApiProperty({ example: '2026-03-06T11:00:00Z', description: 'When the child came to live in prison with her' }) @IsInstant() admittedAt: string;
  @ApiProperty({ example: '2025-09-14', format: 'date' }) @IsCalendarDate() dateOfBirth: string;
  @ApiProperty({ example: 'Breastfed; nobody outside can care for her' }) @IsString() @Length(1, 1000) reason: string;
}
