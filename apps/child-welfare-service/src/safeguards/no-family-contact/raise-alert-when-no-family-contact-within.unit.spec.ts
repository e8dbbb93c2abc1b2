import { aFamilyContactGiven, anArrestMade, takenIntoPoliceCustody } from '../../../../../libs/contracts/src/testing/arrest-fixtures';
import { factEventIds, watchOf as watchOfFacts } from '../../../../../test/support/arrest-watches';
import type { ArrestWatchFact } from '../arrest-watch';
import { cambodiaPolicy } from '../policy';
import { raiseAlertWhenNoFamilyContactWithin } from './raise-alert-when-no-family-contact-within';

const policy = cambodiaPolicy.rules['no-family-contact'];
const rule = raiseAlertWhenNoFamilyContactWithin(policy);
const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z' });
const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T21:00:00.000Z' });
const contactAt = (iso: string) => aFamilyContactGiven(arrest.data, [], { contactedAt: iso });
const watchOf = (...facts: Omit<ArrestWatchFact, 'eventId'>[]) => watchOfFacts(arrest.data.arrestId, ...facts);

describe('raise an alert when she has no contact with her family within the policy window of custody', () => {
  describe('when she is taken into custody with no contact yet', () => {
    it('schedules the deadline 3 hours after custody', () => {
      expect(rule.evaluate(watchOf(arrest, custody))).toEqual([
        { kind: 'schedule-deadline', ruleId: 'no-family-contact', subjectKey: arrest.data.arrestId, dueAt: '2026-03-02T00:00:00.000Z' },
      ]);
    });
  });

  it.each<[string, Omit<ArrestWatchFact, 'eventId'>[], string[], number | null]>([
    ['contact 1 h after custody: cancels, clears any early alert', [arrest, custody, contactAt('2026-03-01T22:00:00.000Z')], ['cancel-deadline', 'resolve-alert'], 0],
    ['contact 40 min late: raises and resolves', [arrest, custody, contactAt('2026-03-02T00:40:00.000Z')], ['cancel-deadline', 'raise-alert', 'resolve-alert'], 40],
    ['not in custody: nothing', [arrest, contactAt('2026-03-01T20:30:00.000Z')], ['nothing'], null],
  ])('%s', (_name, facts, kinds, lateBy) => {
    const outcomes = rule.evaluate(watchOf(...facts));
    expect(outcomes.map((o) => o.kind)).toEqual(kinds);
    if (lateBy !== null) expect(outcomes[outcomes.length - 1]).toMatchObject({ lateByMinutes: lateBy });
  });

  describe('when the deadline passes', () => {
    it.each<[string, Omit<ArrestWatchFact, 'eventId'>[], string, string[]]>([
      ['with no contact, raises the alert', [arrest, custody], '2026-03-02T00:00:00.000Z', ['raise-alert']],
      ['after a contact, does nothing', [arrest, custody, contactAt('2026-03-01T21:30:00.000Z')], '2026-03-02T00:00:00.000Z', ['nothing']],
      ['checked a minute early, does nothing', [arrest, custody], '2026-03-01T23:59:00.000Z', ['nothing']],
    ])('%s', (_name, facts, now, kinds) => {
      expect(rule.onDeadline(watchOf(...facts), new Date(now)).map((o) => o.kind)).toEqual(kinds);
    });

    it('names custody as the triggering fact and the police unit as responsible', () => {
      const [raise] = rule.onDeadline(watchOf(arrest, custody), new Date('2026-03-02T01:00:00.000Z'));
      expect(raise).toMatchObject({ alert: { triggeringEventIds: [factEventIds.TakenIntoPoliceCustody], responsibleUnitId: 'PP-ANTI-DRUG', dueAt: '2026-03-02T00:00:00.000Z' } });
    });
  });

  it('takes its window from the policy', () => {
    const hour = raiseAlertWhenNoFamilyContactWithin({ ...policy, withinMinutes: 60 });
    expect(hour.evaluate(watchOf(arrest, custody))).toEqual([expect.objectContaining({ dueAt: '2026-03-01T22:00:00.000Z' })]);
  });

  it('decides the same whatever order the facts arrive in, and when one arrives twice', () => {
    const late = contactAt('2026-03-02T00:40:00.000Z');
    expect(rule.evaluate(watchOf(late, custody, arrest, late))).toEqual(rule.evaluate(watchOf(arrest, custody, late)));
  });
});
