import type { EventEnvelope } from '../envelope';
import { eventSchemas } from '../schemas';
import type { AlertAcknowledgedData, AlertResolvedData } from './alert-events';
import { asPublished, WITHHELD } from './alert-publication';

const envelope = <D>(type: string, data: D): EventEnvelope<string, D> => ({
  eventId: 'e1',
  type,
  schemaVersion: 1,
  streamId: 'alert-a1',
  streamPosition: 2,
  globalPosition: '9',
  subject: 'person-KH-0012',
  occurredAt: '2026-03-01T10:00:00.000Z',
  recordedAt: '2026-03-01T10:00:01.000Z',
  correlationId: 'c1',
  causationId: null,
  actor: { agency: 'oversight', role: 'oversight-monitor', unitId: 'OVERSIGHT', userId: 'monitor-1' },
  source: '/safeguard/child-welfare-service',
  data,
});
const base = { alertId: '5b7c1a52-8d1e-4f7a-9a57-1f2a3b4c5d6e', ruleId: 'child-without-safe-care', personId: 'person-KH-0012' };

describe('the copy of an alert event the alerts topic carries', () => {
  describe('given an acknowledgement', () => {
    it('withholds the note and who wrote it, and stays valid at AlertAcknowledged v1', () => {
      const data: AlertAcknowledgedData = {
        ...base,
        acknowledgedAt: '2026-03-01T10:00:00.000Z',
        acknowledgedBy: 'monitor-1',
        note: 'Called her sister Sok Mealea',
      };
      const published = asPublished(envelope('AlertAcknowledged', data));
      expect(published.data).toEqual({ ...data, acknowledgedBy: WITHHELD, note: WITHHELD });
      expect(published.actor).toMatchObject({ role: 'oversight-monitor', unitId: 'OVERSIGHT', userId: WITHHELD });
      expect(eventSchemas().problems('AlertAcknowledged', 1, published.data)).toEqual([]);
    });
  });

  describe('given a resolution', () => {
    const resolved = (over: Partial<AlertResolvedData>): AlertResolvedData => ({
      ...base,
      resolvedAt: '2026-03-01T11:00:00.000Z',
      resolution: 'resolved-by-monitor',
      lateByMinutes: null,
      reason: 'With her aunt Chan Thida',
      resolvingEventIds: [],
      resolvedBy: 'monitor-1',
      ...over,
    });

    it("withholds a monitor's typed reason and user id, and stays valid at AlertResolved v1", () => {
      const published = asPublished(envelope('AlertResolved', resolved({})));
      expect(published.data).toEqual({ ...resolved({}), reason: WITHHELD, resolvedBy: WITHHELD });
      expect(published.actor.userId).toBe(WITHHELD);
      expect(eventSchemas().problems('AlertResolved', 1, published.data)).toEqual([]);
    });

    it('publishes a resolution by a late fact as stored: the service wrote its reason', () => {
      const byFact = envelope(
        'AlertResolved',
        resolved({
          resolution: 'fact-recorded-late',
          lateByMinutes: 90,
          reason: 'care arranged 90 min late',
          resolvedBy: undefined,
          resolvingEventIds: ['e0'],
        }),
      );
      expect(asPublished(byFact)).toBe(byFact);
    });
  });

  it('publishes every other event as stored', () => {
    const raised = envelope('AlertRaised', { ...base });
    expect(asPublished(raised)).toBe(raised);
  });
});
