import { aChildGivenExplanation, aDependantsScreening, anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import { atDeadline, judged, testWords } from '../rule.testing';
import { cambodiaArrestRules, californiaArrestRules } from '../arrest-policy';
import { raiseAlertWhenChildNotToldWithin } from './raise-alert-when-child-not-told-within';

const rule = raiseAlertWhenChildNotToldWithin(cambodiaArrestRules['child-not-told'], testWords);
const arrestWith = (childrenPresent: number) =>
  anArrestMade({
    arrestedAt: '2026-03-01T20:00:00.000Z',
    circumstances: { childrenPresent, afterDark: true, restraintsOrSirensInFrontOfChildren: false, searchWithChildPresent: false },
  });
const arrest = arrestWith(1);
const screening = aDependantsScreening(arrest.data);
const childId = screening.data.children[0].childId;
const toldAt = (iso: string, id = childId, a = arrest) => aChildGivenExplanation(a.data, id, { explainedAt: iso });
const key = `${arrest.data.arrestId}:${childId}`;

describe('raise an alert when a child is not told what happened to the parent', () => {
  describe('a recorded child present at the arrest', () => {
    it('schedules the deadline 2 h after the arrest', () => {
      expect(judged(rule, cambodiaArrestRules['child-not-told'], arrest, screening)).toEqual([
        { kind: 'schedule-deadline', ruleId: 'child-not-told', subjectKey: key, dueAt: '2026-03-01T22:00:00.000Z', causedBy: expect.any(String) },
      ]);
    });

    it('cancels it when the child was told within 2 h', () => {
      const outcomes = judged(rule, cambodiaArrestRules['child-not-told'], arrest, screening, toldAt('2026-03-01T20:45:00.000Z'));
      expect(outcomes.map((o) => o.kind)).toEqual(['cancel-deadline', 'withdraw-alert']);
      expect(outcomes[1]).toMatchObject({ kind: 'withdraw-alert', reason: expect.stringContaining('in time') });
    });

    it('raises and resolves, saying how late, when the child was told 3 h late', () => {
      const outcomes = judged(rule, cambodiaArrestRules['child-not-told'], arrest, screening, toldAt('2026-03-02T01:00:00.000Z'));
      expect(outcomes.map((o) => o.kind)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
      expect(outcomes[2]).toMatchObject({ lateByMinutes: 180 });
    });

    it('raises when the deadline passes untold, for that child, at the arresting unit', () => {
      const [raise] = atDeadline(rule, cambodiaArrestRules['child-not-told'], key, '2026-03-01T22:00:00.000Z', arrest, screening);
      expect(raise).toMatchObject({
        kind: 'raise-alert',
        alert: { childIds: [childId], responsibleUnitId: 'PP-ANTI-DRUG', dueAt: '2026-03-01T22:00:00.000Z', severity: 'medium' },
      });
      expect(JSON.stringify(raise)).not.toContain('Dara');
    });

    it('does nothing at the deadline once the child was told', () => {
      expect(
        atDeadline(
          rule,
          cambodiaArrestRules['child-not-told'],
          key,
          '2026-03-01T22:00:00.000Z',
          arrest,
          screening,
          toldAt('2026-03-01T21:00:00.000Z'),
        )[0].kind,
      ).toBe('nothing');
    });
  });

  describe('a recorded child not present at the arrest', () => {
    const away = arrestWith(0);
    const awayScreening = aDependantsScreening(away.data, { children: screening.data.children });

    it('gets 48 h: told a day later is in time', () => {
      const outcomes = judged(rule, cambodiaArrestRules['child-not-told'], away, awayScreening, toldAt('2026-03-02T20:00:00.000Z', childId, away));
      expect(outcomes.map((o) => o.kind)).toEqual(['cancel-deadline', 'withdraw-alert']);
    });

    it('is due 48 h after the arrest', () => {
      expect(judged(rule, cambodiaArrestRules['child-not-told'], away, awayScreening)).toMatchObject([
        { kind: 'schedule-deadline', dueAt: '2026-03-03T20:00:00.000Z' },
      ]);
    });
  });

  describe('children present whom no record tells apart', () => {
    const two = arrestWith(2);
    const declined = aDependantsScreening(two.data, { consentToRecordChildDetails: false, numberOfChildren: 2, children: [] });
    const presentKey = `${two.data.arrestId}:children-present`;

    it('needs as many distinct children told within 2 h as were present', () => {
      const one = judged(rule, cambodiaArrestRules['child-not-told'], two, declined, toldAt('2026-03-01T20:30:00.000Z', 'child-a', two));
      expect(one).toEqual([
        {
          kind: 'schedule-deadline',
          ruleId: 'child-not-told',
          subjectKey: presentKey,
          dueAt: '2026-03-01T22:00:00.000Z',
          causedBy: expect.any(String),
        },
      ]);
      const both = judged(
        rule,
        cambodiaArrestRules['child-not-told'],
        two,
        declined,
        toldAt('2026-03-01T20:30:00.000Z', 'child-a', two),
        toldAt('2026-03-01T21:00:00.000Z', 'child-b', two),
      );
      expect(both.map((o) => o.kind)).toEqual(['cancel-deadline', 'withdraw-alert']);
    });
  });

  it('decides the same whatever order the facts arrive in', () => {
    const late = toldAt('2026-03-02T01:00:00.000Z');
    expect(judged(rule, cambodiaArrestRules['child-not-told'], late, screening, arrest)).toEqual(
      judged(rule, cambodiaArrestRules['child-not-told'], arrest, screening, late),
    );
  });

  it('does nothing when no child was present and none is recorded', () => {
    expect(judged(rule, cambodiaArrestRules['child-not-told'], arrestWith(0))).toEqual([
      { kind: 'nothing', ruleId: 'child-not-told', reason: 'no child is known: none present at an arrest and none recorded' },
    ]);
  });

  describe('a baby carried into custody with her mother', () => {
    const baby = aDependantsScreening(arrest.data, { children: [{ ...screening.data.children[0], ageYears: 0, dateOfBirth: null }] });
    const babyByBirth = aDependantsScreening(arrest.data, {
      children: [{ ...screening.data.children[0], ageYears: null, dateOfBirth: '2025-09-01' }],
    });

    it.each([
      ['recorded as 0 years old', baby],
      ['recorded by a date of birth six months before the arrest', babyByBirth],
    ])('%s is owed no explanation, and counts among the children present', (_name, record) => {
      expect(judged(rule, cambodiaArrestRules['child-not-told'], arrest, record).map((o) => o.kind)).toEqual(['nothing']);
    });

    it('takes the age floor from the policy', () => {
      const fromBirth = raiseAlertWhenChildNotToldWithin({ ...cambodiaArrestRules['child-not-told'], fromAgeYears: 0 }, testWords);
      expect(judged(fromBirth, cambodiaArrestRules['child-not-told'], arrest, baby).map((o) => o.kind)).toEqual(['schedule-deadline']);
    });
  });

  it('takes its windows from the policy (California: 1 h when present)', () => {
    const california = raiseAlertWhenChildNotToldWithin(californiaArrestRules['child-not-told'], testWords);
    const outcomes = judged(california, cambodiaArrestRules['child-not-told'], arrest, screening, toldAt('2026-03-01T21:30:00.000Z'));
    expect(outcomes.map((o) => o.kind)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    expect(outcomes[2]).toMatchObject({ lateByMinutes: 30 });
  });
});
