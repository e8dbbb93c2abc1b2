import { ApiProperty } from '@nestjs/swagger';
import type { DecisionResult } from '@safeguard/event-store';

/** What every prison POST answers: the custody, its new version (send it back as If-Match) and the events appended. */
export class CustodyRecordedDto {
  @ApiProperty({ format: 'uuid' }) custodyId: string;
  @ApiProperty({ example: 3 }) version: number;
  @ApiProperty({ type: [String] }) eventIds: string[];
}

export function custodyRecordedDto(custodyId: string, result: DecisionResult<unknown>): CustodyRecordedDto {
  return { custodyId, version: result.version, eventIds: result.appended.map((e) => e.eventId) };
}

/** The custody's new version, and the child's id to address the child's assessments and departure by. */
export class ChildRecordedDto extends CustodyRecordedDto {
  @ApiProperty({ format: 'uuid' }) childId: string;
}
