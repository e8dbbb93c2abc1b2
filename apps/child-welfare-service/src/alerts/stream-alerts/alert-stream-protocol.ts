import { BadRequestException, type MessageEvent } from '@nestjs/common';
import type { Role } from '@safeguard/contracts';
import type { AlertChange } from '../alert-changes';
import { alertAsReadBy } from '../list-alerts/alert-as-read-by';

/** A comment line every 15 s keeps proxies from closing a quiet stream and lets the client notice a dead one. */
export const HEARTBEAT_MS = 15_000;

/** The Last-Event-ID a client resumes from; undefined for a stream from now. */
export function lastEventIdOf(header: string | undefined): number | undefined {
  if (header === undefined || header === '') return undefined;
  if (!/^\d{1,15}$/.test(header)) {
    throw new BadRequestException({
      message: 'Last-Event-ID must be an id this stream sent',
      code: 'REQUEST.INVALID',
      errors: [{ field: 'Last-Event-ID', message: 'must be a non-negative integer' }],
    });
  }
  return Number(header);
}

/** One change as an SSE event: named for its kind, its position as id, the alert as the caller's role reads it. */
export function streamMessageOf(change: AlertChange, role: Role): MessageEvent {
  return { type: change.kind, id: String(change.position), data: alertAsReadBy(role, change.alert) };
}
