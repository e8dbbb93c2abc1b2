import { ApiProperty } from '@nestjs/swagger';
import type { DecisionResult } from '@safeguard/event-store';

/** The answer to every change of an arrest: its new version (the next `If-Match`) and the events stored. */
export class RecordedDto {
  @ApiProperty({ format: 'uuid' }) arrestId: string;
  @ApiProperty({ example: 1, description: 'The stream version; send it back as If-Match' }) version: number;
  @ApiProperty({ type: [String], description: 'Ids of the events appended' }) eventIds: string[];
}

export function recordedDto(arrestId: string, result: DecisionResult<unknown>): RecordedDto {
  return { arrestId, version: result.version, eventIds: result.appended.map((e) => e.eventId) };
}
