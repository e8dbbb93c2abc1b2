import { createHash } from 'node:crypto';

/**
 * One alert per rule and subject, whoever raises it and however often: the id is derived from
 * them (a name-based UUID), so a replay, a rebuild or a second service instance lands on the
 * same alert stream instead of raising a duplicate.
 */
export function alertIdFor(ruleId: string, subjectKey: string): string {
  const h = createHash('sha1').update(`safeguard-alert:${ruleId}:${subjectKey}`).digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function alertStreamId(alertId: string): string {
  return `alert-${alertId}`;
}
