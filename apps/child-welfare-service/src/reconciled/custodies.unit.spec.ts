import { anArrestMade, takenIntoPoliceCustody, transferredToPrison } from '@safeguard/contracts/testing/arrest-fixtures';
import {
  aChildAdmittedWithParent,
  aChildMedicalEventRecorded,
  aHomeLeaveGranted,
  aParentToldOfChildMedicalEvent,
  aPersonAdmitted,
  aPersonReleased,
  aPrisonerTransferred,
} from '@safeguard/contracts/testing/prison-fixtures';
import { fileOf } from '../person-file/person-file.testing';
import { facilityAt, heldAt, livingInPrison } from './custodies';
import { familyViewOf } from './family-view';

const admission = aPersonAdmitted({ admittedAt: '2026-03-03T09:00:00.000Z', orderReference: 'DO-1', courtCaseReference: null });
const a = admission.data;

describe('a prison custody in the family view', () => {
  it('knows which prison held her when, and whether she was held at all', () => {
    const [custody] = familyViewOf(
      fileOf(
        admission,
        aPrisonerTransferred(a, { transferredAt: '2026-05-01T09:00:00.000Z' }),
        aPersonReleased(a, { releasedAt: '2027-01-01T09:00:00.000Z' }),
      ),
    ).custodies;
    expect([facilityAt(custody, '2026-04-30T09:00:00.000Z'), facilityAt(custody, '2026-05-01T09:00:00.000Z')]).toEqual(['CC2', 'KANDAL-PRISON']);
    expect([
      heldAt(custody, '2026-03-03T08:59:00.000Z'),
      heldAt(custody, '2026-06-01T00:00:00.000Z'),
      heldAt(custody, '2027-01-01T09:00:00.000Z'),
    ]).toEqual([false, true, false]);
  });

  it('dates home leave from the day she went home, not the day it was granted', () => {
    const [custody] = familyViewOf(
      fileOf(admission, aHomeLeaveGranted(a, { grantedAt: '2026-04-01T00:00:00.000Z', leaveFrom: '2026-04-12T00:00:00.000Z' })),
    ).custodies;
    expect(custody.homeLeaves.map((l) => l.evidence)).toMatchObject([
      { at: '2026-04-12T00:00:00.000Z', agency: 'prison', eventType: 'HomeLeaveGranted' },
    ]);
  });

  it('keeps the prison’s own reference for a child living there with her', () => {
    const view = familyViewOf(fileOf(admission, aChildAdmittedWithParent(a, { childId: 'prison-baby' })));
    expect(livingInPrison(view.children[0], view.custodies[0])).toMatchObject({ childId: 'prison-baby', custodyId: a.custodyId, left: null });
  });

  it('joins the police’s transfer to prison to the arrest, with the prison it names', () => {
    const arrest = anArrestMade({ person: { ...anArrestMade().data.person, personId: a.personId } });
    const view = familyViewOf(
      fileOf(
        arrest,
        takenIntoPoliceCustody(arrest.data),
        transferredToPrison(arrest.data, { transferredAt: '2026-03-03T08:00:00.000Z', detentionOrderReference: 'DO-1' }),
        admission,
      ),
    );
    expect(view.arrests[0].transfersToPrison).toMatchObject([
      { prisonFacility: 'CC2', detentionOrderReference: 'DO-1', evidence: { at: '2026-03-03T08:00:00.000Z', agency: 'police' } },
    ]);
  });
});

describe('a child’s medical event outside prison in the family view', () => {
  it('is the child’s, with the first record that her parent was told of that event', () => {
    const ill = aChildMedicalEventRecorded(a, 'child-1', { occurredAt: '2026-04-17T02:00:00.000Z' });
    const other = aChildMedicalEventRecorded(a, 'child-1', { occurredAt: '2026-04-01T02:00:00.000Z' });
    const view = familyViewOf(
      fileOf(
        admission,
        ill,
        other,
        aParentToldOfChildMedicalEvent(other.data),
        aParentToldOfChildMedicalEvent(ill.data, { toldAt: '2026-04-18T02:00:00.000Z' }),
      ),
    );
    const [child] = view.children;
    expect(child.medical).toMatchObject([
      { medicalEventId: other.data.medicalEventId, custodyId: a.custodyId, serious: true, parentTold: { at: '2026-04-01T20:00:00.000Z' } },
      {
        medicalEventId: ill.data.medicalEventId,
        evidence: { at: '2026-04-17T02:00:00.000Z', says: 'the child was taken to hospital' },
        parentTold: { at: '2026-04-18T02:00:00.000Z', says: 'the parent was told' },
      },
    ]);
  });
});
