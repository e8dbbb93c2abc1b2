import { IsInstant } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUUID } from 'class-validator';
import type { MedicalEventRecordedData } from '@safeguard/contracts';

const KINDS: MedicalEventRecordedData['kind'][] = ['hospitalised', 'serious-illness', 'other'];

export class RecordMedicalEventDto {
  @ApiProperty({ example: '2026-05-02T03:15:00Z', description: 'When it happened' }) @IsInstant() occurredAt: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'A child living in prison with her; absent when it concerns her' })
  @IsOptional()
  @IsUUID()
  childId?: string;
  @ApiProperty({ enum: KINDS }) @IsIn(KINDS) kind: MedicalEventRecordedData['kind'];
  @ApiProperty({ example: true }) @IsBoolean() serious: boolean;
}
