import { IsInstant } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import type { ChildMedicalEventRecordedData } from '@safeguard/contracts';
import { CustodyRecordedDto } from '../custody-recorded.dto';

const KINDS: ChildMedicalEventRecordedData['kind'][] = ['hospitalised', 'serious-illness', 'other'];

export class RecordChildMedicalEventDto {
  @ApiProperty({ format: 'uuid', description: 'Her child living outside prison, one the prison knows of' }) @IsUUID() childId: string;
  @ApiProperty({
    example: '2026-05-02T03:15:00Z',
    description: 'When it happened, as the prison learnt it: not in the future, not before her admission',
  })
  @IsInstant()
  occurredAt: string;
  @ApiProperty({ enum: KINDS }) @IsIn(KINDS) kind: ChildMedicalEventRecordedData['kind'];
  @ApiProperty({ example: true, description: 'Serious events are owed to her within the policy’s hours' }) @IsBoolean() serious: boolean;
  @ApiPropertyOptional({ example: 'Kandal Provincial Referral Hospital', description: 'Where the child is treated, when known' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  where?: string;
}

/** The event's id comes back with the custody's, so the record that she was told can name it. */
export class ChildMedicalEventRecordedDto extends CustodyRecordedDto {
  @ApiProperty({ format: 'uuid' }) medicalEventId: string;
}
