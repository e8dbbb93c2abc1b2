import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { RULE_CATALOGUE } from '../../../safeguards/rule-catalogue';

const RULE_IDS = RULE_CATALOGUE.map((r) => r.ruleId);
const SEVERITIES = ['low', 'medium', 'high', 'critical'];

export class SubscribeDto {
  @ApiProperty({
    example: 'https://ngo.example.org/hooks/safeguard',
    maxLength: 2048,
    description: 'HTTPS; called with POST for every alert change asked for',
  })
  @IsString()
  @MaxLength(2048)
  url: string;

  @ApiPropertyOptional({ type: [String], enum: RULE_IDS, description: 'Only these rules; omitted or empty: every rule' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(RULE_IDS.length)
  @IsIn(RULE_IDS, { each: true })
  ruleIds?: string[];

  @ApiPropertyOptional({
    type: [String],
    enum: SEVERITIES,
    example: ['critical'],
    description: 'Only these severities; omitted or empty: every severity',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(SEVERITIES.length)
  @IsIn(SEVERITIES, { each: true })
  severities?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['CC2'],
    description: 'Only alerts these units must act on; a unit-scoped credential may name only its own (and gets it when it names none)',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  unitIds?: string[];
}
