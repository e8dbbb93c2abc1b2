import { aCareArrangementMade, aDependantsScreening, anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import { aChildrenRecordedAtAdmission, aPersonAdmitted } from '@safeguard/contracts/testing/prison-fixtures';
import { atDeadline, judged, testWords } from '../rule.testing';
import { cambodiaArrestRules, californiaArrestRules } from '../arrest-policy';
import { raiseAlertWhenChildDetailsMissingAfter } from './raise-alert-when-child-details-missing-after';

const rule = raiseAlertWhenChildDetailsMissingAfter(cambodiaArrestRules['child-details-missing'], testWords);
const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z' });
const complete = aDependantsScreening(arrest.data, { askedAt: '2026-03-01T21:00:00.000Z' });
const child = complete.data.children[0];
const withChild = (patch: Partial<typeof child>, overrides = {}) =>
  aDependantsScreening(arrest.data, { askedAt: '2026-03-01T21:00:00.000Z', children: [{ ...child, ...patch }], ...overrides });
const noContact = withChild({ caregiver: { ...child.caregiver!, contact: null } });
const careArrangedAt = (iso: string) => aCareArrangementMade(arrest.data, child.childId, { arrangedAt: iso });
const key = `${arrest.data.arrestId}:${child.childId}`;

describe('raise an alert when a child’s details are missing a day after she consented', () => {
  it('cancels the deadline when the screening itself holds the age, whereabouts and caregiver contact', () => {
    expect(judged(rule, cambodiaArrestRules['child-details-missing'], arrest, complete).map((o) => o.kind)).toEqual([
      'cancel-deadline',
      'withdraw-alert',
    ]);
  });

  it('schedules the deadline 24 h after the screening, per child, while the caregiver contact is missing', () => {
    expect(judged(rule, cambodiaArrestRules['child-details-missing'], arrest, noContact)).toEqual([
      {
        kind: 'schedule-deadline',
        ruleId: 'child-details-missing',
        subjectKey: key,
        dueAt: '2026-03-02T21:00:00.000Z',
        causedBy: expect.any(String),
      },
    ]);
  });

  it.each<[string, Partial<typeof child>]>([
    ['no age or date of birth', { ageYears: null, dateOfBirth: null }],
    ['whereabouts unknown', { whereabouts: 'unknown' }],
    ['no caregiver at all', { caregiver: null }],
  ])('schedules it too for %s', (_name, patch) => {
    expect(judged(rule, cambodiaArrestRules['child-details-missing'], arrest, withChild(patch)).map((o) => o.kind)).toEqual(['schedule-deadline']);
  });

  it('never chases details she did not consent to record', () => {
    const declined = withChild({ whereabouts: 'unknown' }, { consentToRecordChildDetails: false });
    expect(judged(rule, cambodiaArrestRules['child-details-missing'], arrest, declined)).toEqual([
      { kind: 'nothing', ruleId: 'child-details-missing', reason: 'no child was recorded with her consent to record details' },
    ]);
  });

  describe('when the deadline passes', () => {
    it('raises for the child, naming what is missing and who must act, without the child’s name', () => {
      const [raise] = atDeadline(rule, cambodiaArrestRules['child-details-missing'], key, '2026-03-02T21:00:00.000Z', arrest, noContact);
      expect(raise).toMatchObject({
        kind: 'raise-alert',
        alert: {
          subjectKey: key,
          childIds: [child.childId],
          severity: 'medium',
          responsibleAgency: 'police',
          responsibleUnitId: 'PP-ANTI-DRUG',
          dueAt: '2026-03-02T21:00:00.000Z',
        },
      });
      expect(raise.kind === 'raise-alert' && raise.alert.summary).toContain('still lacks the caregiver’s contact');
      expect(JSON.stringify(raise)).not.toContain(child.name);
    });

    it('does nothing once the details are complete, or before it is due', () => {
      expect(
        atDeadline(
          rule,
          cambodiaArrestRules['child-details-missing'],
          key,
          '2026-03-02T21:00:00.000Z',
          arrest,
          noContact,
          careArrangedAt('2026-03-02T09:00:00.000Z'),
        )[0].kind,
      ).toBe('nothing');
      expect(atDeadline(rule, cambodiaArrestRules['child-details-missing'], key, '2026-03-02T20:59:00.000Z', arrest, noContact)[0].kind).toBe(
        'nothing',
      );
    });
  });

  it('counts a care arrangement carrying the caregiver’s contact as filling the contact, in time', () => {
    expect(
      judged(rule, cambodiaArrestRules['child-details-missing'], arrest, noContact, careArrangedAt('2026-03-02T09:00:00.000Z')).map((o) => o.kind),
    ).toEqual(['cancel-deadline', 'withdraw-alert']);
  });

  it('raises and resolves, saying how late, when the contact came 6 h after the deadline', () => {
    const outcomes = judged(rule, cambodiaArrestRules['child-details-missing'], arrest, noContact, careArrangedAt('2026-03-03T03:00:00.000Z'));
    expect(outcomes.map((o) => o.kind)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    expect(outcomes[2]).toMatchObject({ lateByMinutes: 360, resolvedAt: '2026-03-03T03:00:00.000Z' });
  });

  it('does not count a care arrangement as the child’s age', () => {
    const noAge = withChild({ ageYears: null, dateOfBirth: null });
    expect(
      judged(rule, cambodiaArrestRules['child-details-missing'], arrest, noAge, careArrangedAt('2026-03-02T09:00:00.000Z')).map((o) => o.kind),
    ).toEqual(['schedule-deadline']);
  });

  it('takes its window from the policy (California: 12 h)', () => {
    const california = raiseAlertWhenChildDetailsMissingAfter(californiaArrestRules['child-details-missing'], testWords);
    const outcomes = judged(california, cambodiaArrestRules['child-details-missing'], arrest, noContact, careArrangedAt('2026-03-02T10:00:00.000Z'));
    expect(outcomes.map((o) => o.kind)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    expect(outcomes[2]).toMatchObject({ lateByMinutes: 60 });
  });

  it('counts the prison’s record of the child’s age, late, when the police record had none', () => {
    const noAge = withChild({ ageYears: null, dateOfBirth: null });
    const admission = aPersonAdmitted({ personId: arrest.data.person.personId, admittedAt: '2026-03-03T09:00:00.000Z' });
    const record = aChildrenRecordedAtAdmission(admission.data, {
      recordedAt: '2026-03-03T10:00:00.000Z',
      children: [
        {
          childId: child.childId,
          name: child.name,
          sex: child.sex,
          detailsWithheld: null,
          dateOfBirth: '2019-06-02',
          birthYear: null,
          ageYears: null,
          livesWhere: null,
          custodyStatus: 'with-relative',
        },
      ],
    });
    const outcomes = judged(rule, cambodiaArrestRules['child-details-missing'], arrest, noAge, admission, record);
    expect(outcomes.map((o) => o.kind)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
    expect(outcomes[2]).toMatchObject({ resolvedAt: '2026-03-03T10:00:00.000Z', lateByMinutes: 13 * 60 });
  });
});
