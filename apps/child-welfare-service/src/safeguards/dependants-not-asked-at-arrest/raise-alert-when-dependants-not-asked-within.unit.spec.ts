import { aDependantsScreening, anArrestMade } from '../../../../../libs/contracts/src/testing/arrest-fixtures';
import { cambodiaPolicy, type DependantsNotAskedPolicy } from '../policy';
import { emptyArrestWatch, evolveArrestWatch, type ArrestWatch } from '../arrest-watch';
import { raiseAlertWhenDependantsNotAskedWithin } from './raise-alert-when-dependants-not-asked-within';

const policy = cambodiaPolicy.rules['dependants-not-asked-at-arrest'];
const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z' });
const askedAfter = (minutes: number) =>
  aDependantsScreening(arrest.data, { askedAt: new Date(Date.parse('2026-03-01T20:00:00.000Z') + minutes * 60_000).toISOString() });

function watchOf(...facts: Array<ReturnType<typeof anArrestMade> | ReturnType<typeof aDependantsScreening>>): ArrestWatch {
  return facts.reduce((w, f, i) => evolveArrestWatch(w, { ...f, eventId: `00000000-0000-4000-8000-00000000000${i}` } as never), emptyArrestWatch(arrest.data.arrestId));
}

describe('raise an alert when dependants are not asked within the policy window', () => {
  const rule = raiseAlertWhenDependantsNotAskedWithin(policy);

  describe('when the arrest is recorded with no screening yet', () => {
    it('schedules the deadline 3 hours after the arrest', () => {
      expect(rule.evaluate(watchOf(arrest))).toEqual([
        { kind: 'schedule-deadline', ruleId: 'dependants-not-asked-at-arrest', subjectKey: arrest.data.arrestId, dueAt: '2026-03-01T23:00:00.000Z' },
      ]);
    });
  });

  describe.each([
    ['asked 1 h after the arrest', 60],
    ['asked exactly at the deadline', 180],
  ])('when %s', (_name, minutes) => {
    it('cancels the deadline, raises nothing, and clears an alert raised before the record arrived', () => {
      const outcomes = rule.evaluate(watchOf(arrest, askedAfter(minutes)));
      expect(outcomes.map((o) => o.kind)).toEqual(['cancel-deadline', 'resolve-alert']);
      expect(outcomes[1]).toMatchObject({ lateByMinutes: 0 });
    });
  });

  describe('when she was asked 45 minutes late', () => {
    it('raises the alert and resolves it, noting how late', () => {
      const outcomes = rule.evaluate(watchOf(arrest, askedAfter(225)));
      expect(outcomes.map((o) => o.kind)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
      expect(outcomes[2]).toMatchObject({ lateByMinutes: 45, resolvedAt: '2026-03-01T23:45:00.000Z' });
    });
  });

  describe('when the deadline passes', () => {
    it.each<[string, ArrestWatch, string, string[]]>([
      ['with no screening, raises the alert', watchOf(arrest), '2026-03-01T23:00:00.000Z', ['raise-alert']],
      ['after she was asked, does nothing', watchOf(arrest, askedAfter(30)), '2026-03-01T23:00:00.000Z', ['nothing']],
      ['checked a minute early, does nothing', watchOf(arrest), '2026-03-01T22:59:00.000Z', ['nothing']],
    ])('%s', (_name, watch, now, kinds) => {
      expect(rule.onDeadline(watch, new Date(now)).map((o) => o.kind)).toEqual(kinds);
    });

    it('names the rule, the responsible unit, the legal basis and the triggering event, and no names', () => {
      const [raise] = rule.onDeadline(watchOf(arrest), new Date('2026-03-02T00:00:00.000Z'));
      expect(raise).toMatchObject({
        kind: 'raise-alert',
        alert: {
          ruleId: 'dependants-not-asked-at-arrest',
          severity: 'high',
          responsibleAgency: 'police',
          responsibleUnitId: 'PP-ANTI-DRUG',
          dueAt: '2026-03-01T23:00:00.000Z',
          legalBasis: expect.stringContaining('§851.5(c)'),
          triggeringEventIds: ['00000000-0000-4000-8000-000000000000'],
        },
      });
      expect(JSON.stringify(raise)).not.toContain(arrest.data.person.name);
    });
  });

  it('takes its window from the policy', () => {
    const oneHour: DependantsNotAskedPolicy = { ...policy, withinMinutes: 60 };
    const outcomes = raiseAlertWhenDependantsNotAskedWithin(oneHour).evaluate(watchOf(arrest, askedAfter(90)));
    expect(outcomes.map((o) => o.kind)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
  });

  it('decides the same whichever fact arrives first, and when one arrives twice', () => {
    const inOrder = rule.evaluate(watchOf(arrest, askedAfter(225)));
    const screeningFirst = rule.evaluate(
      [askedAfter(225), arrest, askedAfter(225)].reduce(
        (w, f, i) => evolveArrestWatch(w, { ...f, eventId: i === 1 ? '00000000-0000-4000-8000-000000000000' : '00000000-0000-4000-8000-000000000001' } as never),
        emptyArrestWatch(arrest.data.arrestId),
      ),
    );
    expect(screeningFirst).toEqual(inOrder);
  });

  it('counts the first screening when she was asked again later', () => {
    expect(rule.evaluate(watchOf(arrest, askedAfter(60), askedAfter(400))).map((o) => o.kind)).toEqual(['cancel-deadline', 'resolve-alert']);
  });

  it('does nothing, saying why, while the arrest itself is unknown', () => {
    const watch = evolveArrestWatch(emptyArrestWatch(arrest.data.arrestId), { ...askedAfter(10), eventId: 'x' } as never);
    expect(rule.evaluate(watch)).toEqual([{ kind: 'nothing', ruleId: 'dependants-not-asked-at-arrest', reason: 'the arrest itself is not known yet' }]);
  });
});
