import { ApiProperty } from '@nestjs/swagger';
import type { DecisionResult } from '@safeguard/event-store';

/** The answer to a monitor's change to an alert. */
export class AlertChangedDto {
  @ApiProperty({ format: 'uuid' }) alertId: string;
  @ApiProperty({ enum: ['acknowledged', 'resolved'] }) status: 'acknowledged' | 'resolved';
  @ApiProperty({ example: 2, description: "The alert stream's version; send it back as If-Match" }) version: number;
  @ApiProperty({ type: [String], description: 'Ids of the events appended' }) eventIds: string[];
}

export function alertChangedDto(alertId: string, status: AlertChangedDto['status'], result: DecisionResult<unknown>): AlertChangedDto {
  return { alertId, status, version: result.version, eventIds: result.appended.map((e) => e.eventId) };
}
