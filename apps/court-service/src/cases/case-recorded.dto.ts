import { ApiProperty } from '@nestjs/swagger';
import type { DecisionResult } from '@safeguard/event-store';

/** What every court POST answers: the case, its new version (send it back as If-Match) and the events appended. */
export class CaseRecordedDto {
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty({ example: 1, description: 'The stream version; send it back as If-Match' }) version: number;
  @ApiProperty({ type: [String], description: 'Ids of the events appended' }) eventIds: string[];
}

export function caseRecordedDto(caseId: string, result: DecisionResult<unknown>): CaseRecordedDto {
  return { caseId, version: result.version, eventIds: result.appended.map((e) => e.eventId) };
}
