import type {
  ChildrenRecordedAtAdmissionData,
  ConsularContactRecordedData,
  DisciplinarySanctionImposedData,
  FamilyNotifiedData,
  HomeLeaveGrantedData,
  MedicalEventRecordedData,
  PersonAdmittedData,
  PersonReleasedData,
  PhoneCallMadeData,
  PrisonerTransferredData,
  ReleaseScheduledData,
  VisitTookPlaceData,
} from '@safeguard/contracts';
import { factsOf, type PersonFile } from '../person-file/person-file';
import { arrestOfCustodies } from './arrests';
import type { ChildView, LifeInPrison } from './children';
import { evidenceOf, isBefore, type Evidence } from './evidence';
import { recordsOf, type Recorded } from './recorded';

/**
 * One stay in prison (a custody: from admission to release under one prison administration), with
 * the arrest it follows from when the records join them, and everything the prison recorded of her
 * family life there: the children it recorded, visits and calls, transfers, medical events,
 * sanctions, the release date set and every notice the family was given.
 */
export interface CustodyView {
  readonly custodyId: string;
  /** The arrest this custody follows from (see `arrestsOf`), or null when no record joins them. */
  readonly arrestId: string | null;
  readonly admission: Recorded<PersonAdmittedData>;
  /** Where she was held from when: the admitting prison, then each transfer's destination. */
  readonly facilities: readonly { readonly since: string; readonly facilityId: string; readonly evidence: Evidence }[];
  readonly transfers: readonly Recorded<PrisonerTransferredData>[];
  readonly childrenRecords: readonly Recorded<ChildrenRecordedAtAdmissionData>[];
  readonly visits: readonly Recorded<VisitTookPlaceData>[];
  readonly calls: readonly Recorded<PhoneCallMadeData>[];
  /** Home leave, dated when she went home (not when it was granted): time with her children outside. */
  readonly homeLeaves: readonly Recorded<HomeLeaveGrantedData>[];
  readonly medical: readonly Recorded<MedicalEventRecordedData>[];
  readonly sanctions: readonly Recorded<DisciplinarySanctionImposedData>[];
  readonly consular: readonly Recorded<ConsularContactRecordedData>[];
  /** Every scheduling of her release, in order: the last holds. */
  readonly releaseSchedules: readonly Recorded<ReleaseScheduledData>[];
  /** Every notice the prison gave her family (of a transfer, a medical matter, a legal date, a release). */
  readonly notices: readonly Recorded<FamilyNotifiedData>[];
  readonly released: Recorded<PersonReleasedData> | null;
}

export function custodiesOf(file: PersonFile): CustodyView[] {
  const arrestOf = arrestOfCustodies(file);
  return factsOf(file, 'PersonAdmitted').map((admitted): CustodyView => {
    const custodyId = admitted.data.custodyId;
    const ofCustody = (d: { custodyId: string }) => d.custodyId === custodyId;
    const transfers = recordsOf(file, 'PrisonerTransferred', (d) => `moved from ${d.fromFacilityId} to ${d.toFacilityId}`, ofCustody);
    const admission = { data: admitted.data, evidence: evidenceOf(admitted, `admitted to ${admitted.data.facilityId}`) };
    return {
      custodyId,
      arrestId: arrestOf.get(custodyId) ?? null,
      admission,
      facilities: [
        { since: admitted.occurredAt, facilityId: admitted.data.facilityId, evidence: admission.evidence },
        ...transfers.map((t) => ({ since: t.evidence.at, facilityId: t.data.toFacilityId, evidence: t.evidence })),
      ],
      transfers,
      childrenRecords: recordsOf(file, 'ChildrenRecordedAtAdmission', 'the prison recorded the children', ofCustody),
      visits: recordsOf(file, 'VisitTookPlace', 'a family visit in prison', ofCustody),
      calls: recordsOf(file, 'PhoneCallMade', 'a family call from prison', ofCustody),
      homeLeaves: factsOf(file, 'HomeLeaveGranted')
        .filter((f) => ofCustody(f.data))
        .map((f) => ({ data: f.data, evidence: evidenceOf(f, 'home leave with the family', f.data.leaveFrom) }))
        .sort((a, b) => Date.parse(a.evidence.at) - Date.parse(b.evidence.at)),
      medical: recordsOf(file, 'MedicalEventRecorded', (d) => `a medical event (${d.kind.replace(/-/g, ' ')})`, ofCustody),
      sanctions: recordsOf(file, 'DisciplinarySanctionImposed', (d) => `a disciplinary sanction (${d.sanction})`, ofCustody),
      consular: recordsOf(file, 'ConsularContactRecorded', (d) => `consular contact ${d.kind} (prison record)`, ofCustody),
      releaseSchedules: recordsOf(file, 'ReleaseScheduled', 'release scheduled', ofCustody),
      notices: recordsOf(
        file,
        'FamilyNotified',
        (d) => `the prison told ${d.notifiedPerson} (${d.about.replace(/-/g, ' ')}, ${d.method})`,
        ofCustody,
      ),
      released: recordsOf(file, 'PersonReleased', 'released from prison', ofCustody)[0] ?? null,
    };
  });
}

/** The prison holding her at `at`: the admitting one, then wherever each transfer took her. */
export function facilityAt(custody: CustodyView, at: string): string {
  const moved = custody.facilities.filter((f) => !isBefore(at, f.since));
  return (moved[moved.length - 1] ?? custody.facilities[0]).facilityId;
}

/** Whether she was held in this custody at `at`. */
export function heldAt(custody: CustodyView, at: string): boolean {
  return !isBefore(at, custody.admission.evidence.at) && (!custody.released || isBefore(at, custody.released.evidence.at));
}

/** The custody with this id, if the file holds its admission. */
export function custodyById(custodies: readonly CustodyView[], custodyId: string): CustodyView | null {
  return custodies.find((c) => c.custodyId === custodyId) ?? null;
}

/** The child's time living in this prison custody with her parent (admitted with her or born there), if any. */
export function livingInPrison(child: ChildView, custody: CustodyView): LifeInPrison | null {
  return child.inPrison.find((spell) => spell.custodyId === custody.custodyId) ?? null;
}
