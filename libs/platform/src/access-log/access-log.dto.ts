import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { MAX_PAGE_OFFSET } from '../paged-query';

/** Who may read the access log: oversight monitors, the auditors of this system. Nobody it audits. */
export const ACCESS_LOG_READERS = ['oversight-monitor'] as const;

export class AccessLogPageQuery {
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_PAGE_OFFSET })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_OFFSET)
  offset?: number;
}

export class AccessLogQuery extends AccessLogPageQuery {
  @ApiPropertyOptional({ description: 'A child’s id as this service knows it' }) @IsOptional() @IsString() @MaxLength(200) childId?: string;
  @ApiPropertyOptional({ example: 'person-KH-0012', description: 'The arrested person, the parent' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  personId?: string;
  @ApiPropertyOptional({ description: 'An arrest, case, custody, alert or facility id' }) @IsOptional() @IsString() @MaxLength(200) recordId?: string;
}

export class AccessEntryView {
  @ApiProperty({ example: '2026-03-02T04:05:06.789Z', description: 'When the request arrived (ISO 8601, UTC)' }) at: string;
  @ApiPropertyOptional({ nullable: true, description: 'Null when no credential was recognised (401)' }) credentialId: string | null;
  @ApiPropertyOptional({ nullable: true }) agency: string | null;
  @ApiPropertyOptional({ nullable: true }) role: string | null;
  @ApiPropertyOptional({ nullable: true }) unitId: string | null;
  @ApiPropertyOptional({ nullable: true }) userId: string | null;
  @ApiProperty({ description: 'The peer’s address, or a trusted proxy’s X-Forwarded-For' }) clientAddress: string;
  @ApiProperty({ example: 'POST' }) method: string;
  @ApiProperty({ example: '/arrests/:arrestId/dependants-screening', description: 'The route template, never the URL' }) route: string;
  @ApiProperty({ enum: ['read', 'change'] }) action: 'read' | 'change';
  @ApiProperty({ example: 201, description: 'The HTTP status answered' }) outcome: number;
  @ApiProperty({ type: [String] }) childIds: readonly string[];
  @ApiProperty({ type: [String] }) personIds: readonly string[];
  @ApiProperty({ type: [String] }) recordIds: readonly string[];
  @ApiProperty({ format: 'uuid' }) correlationId: string;
}

export class AccessLogPage {
  @ApiProperty({ type: [AccessEntryView] }) items: AccessEntryView[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}

export const ACCESS_LOG_DESCRIPTION =
  'Every request to a route that reads or changes a child’s or a parent’s record, answered or refused, newest first: who (credential, agency, role, unit, user), ' +
  'when, from where, the route template, the children, parents and records it touched, read or change, the status answered and the correlation id. ' +
  'Entries on a record a change recorded the child or parent on are included (a refusal on her arrest names only the arrest). This listing is itself logged.';
