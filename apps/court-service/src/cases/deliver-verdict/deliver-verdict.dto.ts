import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsUUID, ValidateNested } from 'class-validator';

const OUTCOMES = ['convicted', 'acquitted'] as const;

export class FindingDto {
  @ApiProperty({ format: 'uuid', description: 'A charge of the case' }) @IsUUID() chargeId: string;
  @ApiProperty({ enum: OUTCOMES }) @IsIn(OUTCOMES) outcome: (typeof OUTCOMES)[number];
}

export class DeliverVerdictDto {
  @ApiProperty({ example: '2026-05-12T11:00:00Z', description: 'When the court delivered the verdict' }) @IsInstant() deliveredAt: string;
  @ApiProperty({ type: [FindingDto], description: 'One finding on every charge of the case, each charge once' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => FindingDto)
  findings: FindingDto[];
}
