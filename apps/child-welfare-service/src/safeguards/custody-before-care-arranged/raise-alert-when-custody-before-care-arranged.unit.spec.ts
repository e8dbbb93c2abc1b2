import { aCareArrangementMade, aDependantsScreening, anArrestMade, takenIntoPoliceCustody } from '../../../../../libs/contracts/src/testing/arrest-fixtures';
import { factEventIds, watchOf as watchOfFacts } from '../../../../../test/support/arrest-watches';
import type { ArrestWatchFact } from '../arrest-watch';
import { cambodiaPolicy } from '../policy';
import { raiseAlertWhenCustodyBeforeCareArranged } from './raise-alert-when-custody-before-care-arranged';

const rule = raiseAlertWhenCustodyBeforeCareArranged(cambodiaPolicy.rules['custody-before-care-arranged']);
const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z' });
const screening = aDependantsScreening(arrest.data);
const childId = screening.data.children[0].childId;
const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T21:00:00.000Z' });
const arrangedAt = (iso: string) => aCareArrangementMade(arrest.data, childId, { arrangedAt: iso });

const ids = factEventIds;
const watchOf = (...facts: Omit<ArrestWatchFact, 'eventId'>[]) => watchOfFacts(arrest.data.arrestId, ...facts);

describe('raise an alert when she is taken into custody before care is arranged', () => {
  it.each<[string, Omit<ArrestWatchFact, 'eventId'>[], string[]]>([
    ['care arranged before custody: nothing', [arrest, screening, arrangedAt('2026-03-01T20:40:00.000Z'), custody], ['nothing']],
    ['custody with no arrangement: raises', [arrest, screening, custody], ['raise-alert']],
    ['arranged 30 min after custody: raises and resolves', [arrest, screening, custody, arrangedAt('2026-03-01T21:30:00.000Z')], ['raise-alert', 'resolve-alert']],
    ['not in custody: nothing', [arrest, screening], ['nothing']],
  ])('%s', (_name, facts, kinds) => {
    expect(rule.evaluate(watchOf(...facts)).map((o) => o.kind)).toEqual(kinds);
  });

  it('names the recorded child, custody as the due time, and how late the care came', () => {
    const outcomes = rule.evaluate(watchOf(arrest, screening, custody, arrangedAt('2026-03-01T21:30:00.000Z')));
    expect(outcomes[0]).toMatchObject({ alert: { childIds: [childId], dueAt: '2026-03-01T21:00:00.000Z', severity: 'high', triggeringEventIds: [ids.TakenIntoPoliceCustody] } });
    expect(outcomes[1]).toMatchObject({ lateByMinutes: 30 });
  });

  it('counts children seen at the arrest even when none was recorded by name', () => {
    const [raise] = rule.evaluate(watchOf(arrest, custody));
    expect(raise).toMatchObject({ kind: 'raise-alert', alert: { subjectKey: `${arrest.data.arrestId}:children-present`, childIds: [] } });
  });

  it('does nothing when no child is known', () => {
    const childless = anArrestMade({ circumstances: { ...arrest.data.circumstances, childrenPresent: 0 } });
    const watch = watchOfFacts(childless.data.arrestId, childless, takenIntoPoliceCustody(childless.data));
    expect(rule.evaluate(watch)).toEqual([{ kind: 'nothing', ruleId: 'custody-before-care-arranged', reason: 'no child is known to the police' }]);
  });

  it('decides the same whatever order the facts arrive in', () => {
    const late = arrangedAt('2026-03-01T21:30:00.000Z');
    expect(rule.evaluate(watchOf(late, custody, screening, arrest))).toEqual(rule.evaluate(watchOf(arrest, screening, custody, late)));
  });
});
