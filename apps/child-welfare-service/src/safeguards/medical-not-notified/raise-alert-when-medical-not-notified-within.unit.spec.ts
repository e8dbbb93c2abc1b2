import { aDependantsScreening, anArrestMade } from '@safeguard/contracts/testing/arrest-fixtures';
import {
  aChildAdmittedWithParent,
  aChildMedicalEventRecorded,
  aChildrenRecordedAtAdmission,
  aFamilyNotified,
  aMedicalEventRecorded,
  aParentToldOfChildMedicalEvent,
  aPersonAdmitted,
  aPersonReleased,
} from '@safeguard/contracts/testing/prison-fixtures';
import { eventIdOf } from '../../person-file/person-file.testing';
import { californiaPolicy, cambodiaPolicy } from '../policy';
import { atDeadline, judged, kinds, raised, testWords } from '../rule.testing';
import { raiseAlertWhenMedicalNotNotifiedWithin } from './raise-alert-when-medical-not-notified-within';

const policy = cambodiaPolicy.rules['medical-not-notified'];
const rule = raiseAlertWhenMedicalNotNotifiedWithin(policy, testWords);
const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z' });
const a = admission.data;
const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:00:00.000Z', person: { ...anArrestMade().data.person, personId: a.personId } });
const hospitalised = aMedicalEventRecorded(a, { occurredAt: '2026-04-17T02:00:00.000Z' });
const at = (hours: number) => new Date(Date.parse(hospitalised.data.occurredAt) + hours * 3_600_000).toISOString();
const told = (hours: number, about: 'medical' | 'transfer' = 'medical') => aFamilyNotified(a, { notifiedAt: at(hours), about });
const key = `${a.custodyId}:2026-04-17T02:00:00.000Z:parent`;

describe('raise an alert when the family, or the parent, is not told of a serious medical event', () => {
  describe('her own, the family to be told', () => {
    it('is due 24 h after a serious event, caused by it', () => {
      expect(judged(rule, policy, admission, hospitalised)).toEqual([
        { kind: 'schedule-deadline', ruleId: 'medical-not-notified', subjectKey: key, dueAt: at(24), causedBy: eventIdOf(hospitalised) },
      ]);
    });

    it('is quiet when the family was told 4 h after, and clears an alert raised before the record arrived', () => {
      expect(kinds(judged(rule, policy, admission, hospitalised, told(4)))).toEqual(['cancel-deadline', 'withdraw-alert']);
    });

    it('raises and resolves, 48 h late, when told three days after', () => {
      const outcomes = judged(rule, policy, admission, hospitalised, told(72));
      expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
      expect(outcomes[2]).toMatchObject({ lateByMinutes: 48 * 60, reason: expect.stringContaining('2 d after the deadline') });
    });

    it.each<[string, unknown[], string[]]>([
      ['nobody told: raises', [], ['raise-alert']],
      ['told of a transfer only: raises', [told(1, 'transfer')], ['raise-alert']],
      ['told of a medical matter before the event: raises', [told(-5)], ['raise-alert']],
      ['told: nothing', [told(1)], ['nothing']],
      ['released before it fell due: nothing', [aPersonReleased(a, { releasedAt: at(6) })], ['nothing']],
    ])('when the deadline passes, %s', (_name, facts, expected) => {
      expect(kinds(atDeadline(rule, policy, key, at(24), admission, hospitalised, ...(facts as [])))).toEqual(expected);
    });

    it('raises against the prison holding her, in plain words, her as the police recorded her', () => {
      const alert = raised(atDeadline(rule, policy, key, at(25), arrest, admission, hospitalised));
      expect(alert).toMatchObject({
        responsibleAgency: 'prison',
        responsibleUnitId: 'CC2',
        severity: 'high',
        childIds: [],
        arrestId: arrest.data.arrestId,
      });
      expect(alert.summary).toBe(
        'The mother was taken to hospital on 17 Apr 2026, 09:00 GMT+7, and no record shows the family was told within 24 h (a benchmark, not a legal limit).',
      );
    });

    it('calls her the woman while no agency knows of children', () => {
      expect(raised(atDeadline(rule, policy, key, at(25), admission, hospitalised)).summary).toMatch(/^The person was taken to hospital/);
      const noChildren = anArrestMade({ ...arrest.data, circumstances: { ...arrest.data.circumstances, childrenPresent: 0 } });
      expect(raised(atDeadline(rule, policy, key, at(25), noChildren, admission, hospitalised)).summary).toMatch(/^The woman was taken to hospital/);
    });

    it('watches a child living in prison with her too, naming the child', () => {
      const baby = aChildAdmittedWithParent(a, { childId: 'prison-baby' });
      const ill = aMedicalEventRecorded(a, { occurredAt: at(0), childId: 'prison-baby', kind: 'serious-illness' });
      const alert = raised(atDeadline(rule, policy, `${a.custodyId}:${at(0)}:prison-baby`, at(25), admission, baby, ill));
      expect(alert).toMatchObject({ childIds: ['prison-baby'], responsibleUnitId: 'CC2' });
      expect(alert.summary).toContain('A child living in prison with the parent fell seriously ill on 17 Apr 2026, 09:00 GMT+7');
    });

    it('leaves events not marked serious to the prison', () => {
      expect(judged(rule, policy, admission, aMedicalEventRecorded(a, { serious: false, kind: 'other' }))).toEqual([
        { kind: 'nothing', ruleId: 'medical-not-notified', reason: 'no serious medical event is recorded' },
      ]);
    });
  });

  describe('a child’s outside prison, the parent to be told', () => {
    const child = aChildrenRecordedAtAdmission(a).data.children[0];
    const recorded = aChildrenRecordedAtAdmission(a, { numberOfChildren: 1, children: [child] });
    const dengue = aChildMedicalEventRecorded(a, child.childId, { occurredAt: at(0) });
    const childKey = `${a.custodyId}:${dengue.data.medicalEventId}:parent-told`;

    it('is due 24 h after the prison learnt of it, and met when she was told', () => {
      expect(judged(rule, policy, admission, recorded, dengue)).toEqual([
        expect.objectContaining({ kind: 'schedule-deadline', subjectKey: childKey, dueAt: at(24) }),
      ]);
      expect(kinds(judged(rule, policy, admission, recorded, dengue, aParentToldOfChildMedicalEvent(dengue.data)))).toEqual([
        'cancel-deadline',
        'withdraw-alert',
      ]);
    });

    it('raises and resolves, 6 h late, when she was told 30 h after', () => {
      const outcomes = judged(rule, policy, admission, recorded, dengue, aParentToldOfChildMedicalEvent(dengue.data, { toldAt: at(30) }));
      expect(kinds(outcomes)).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
      expect(outcomes[2]).toMatchObject({ lateByMinutes: 360, reason: expect.stringContaining('the parent was told 6 h after the deadline') });
    });

    it('does not count her being told of another medical event', () => {
      const other = aChildMedicalEventRecorded(a, child.childId, { occurredAt: at(-200) });
      expect(
        kinds(
          judged(rule, policy, admission, recorded, dengue, other, aParentToldOfChildMedicalEvent(other.data, { toldAt: at(2) })).filter(
            (o) => 'subjectKey' in o && o.subjectKey === childKey,
          ),
        ),
      ).toEqual(['schedule-deadline']);
    });

    it('names the child by every agency’s reference, with no name, and words what she must be told', () => {
      const screening = aDependantsScreening(arrest.data, {
        numberOfChildren: 1,
        children: [
          {
            childId: 'police-dara',
            name: child.name,
            sex: child.sex,
            detailsWithheld: null,
            dateOfBirth: child.dateOfBirth,
            birthYear: null,
            ageYears: null,
            whereabouts: 'with-relative',
            caregiver: null,
          },
        ],
      });
      const alert = raised(atDeadline(rule, policy, childKey, at(25), arrest, screening, admission, recorded, dengue));
      expect(alert).toMatchObject({ childIds: ['police-dara', child.childId], responsibleAgency: 'prison', responsibleUnitId: 'CC2', dueAt: at(24) });
      expect(alert.summary).toBe(
        'A child of the mother was taken to hospital outside prison on 17 Apr 2026, 09:00 GMT+7, and no record shows the mother was told within 24 h (a benchmark, not a legal limit). ' +
          'Tell her, and let her call the child’s caregiver.',
      );
      expect(alert.summary).not.toContain('Dara');
    });

    it('ends with her release', () => {
      expect(kinds(atDeadline(rule, policy, childKey, at(24), admission, recorded, dengue, aPersonReleased(a, { releasedAt: at(3) })))).toEqual([
        'nothing',
      ]);
    });

    it('decides the same whatever order the facts arrive in', () => {
      const toldLate = aParentToldOfChildMedicalEvent(dengue.data, { toldAt: at(40) });
      expect(judged(rule, policy, toldLate, dengue, recorded, admission)).toEqual(judged(rule, policy, admission, recorded, dengue, toldLate));
    });
  });

  it('takes its window from the policy', () => {
    const california = californiaPolicy.rules['medical-not-notified'];
    const twoHours = raiseAlertWhenMedicalNotNotifiedWithin({ ...california, withinHours: 2 }, testWords);
    expect(kinds(judged(twoHours, california, admission, hospitalised, told(4)))).toEqual(['cancel-deadline', 'raise-alert', 'resolve-alert']);
  });
});
