import { BadRequestException } from '@nestjs/common';

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
