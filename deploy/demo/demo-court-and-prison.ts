/**
 * The court and prison part of a demo family's story: case, lawyer or none, pre-trial decision
 * (some without asking about the children), hearings (some families never told), prison with or
 * without a baby, children recorded late or never, visits (some charged a fee), calls, transfers,
 * sentences (one held past its end) and releases (one with nobody told).
 */
import type { DemoClient, Facility } from './demo-client';
import { DemoKeys } from './demo-client';
import type { DemoRandom, Offences, Province } from './demo-random';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface DemoChild {
  readonly childId: string;
  readonly name: string;
  readonly sex: string;
  readonly ageYears: number;
  readonly dateOfBirth: string | null;
  readonly whereabouts: string;
  readonly caregiver?: { name: string; relation: string; ageYears: number; contact?: string };
  readonly careArrangedAfterHours: number | null;
  readonly explainedAfterHours: number | null;
}

export interface DemoFamily {
  readonly index: number;
  readonly personId: string;
  readonly name: string;
  readonly ageYears: number;
  readonly province: Province;
  readonly place: string;
  readonly policeKey: string;
  readonly offence: (typeof Offences)[number];
  readonly arrestedAt: number;
  readonly childrenPresent: number;
  readonly afterDark: boolean;
  readonly screenedAfterHours: number | null;
  readonly children: DemoChild[];
  readonly custodyAfterHours: number;
  readonly contactAfterHours: number | null;
  readonly ending: 'in-police-custody' | 'police-bail' | 'with-care-arranged-late' | 'released-without-charge' | 'court';
  readonly random: DemoRandom;
}

const CUSTODY_STATUS: Record<string, string> = {
  'with-relative': 'with-relative',
  'at-home-with-caregiver': 'with-other-parent',
  'with-neighbour': 'other',
  unknown: 'unknown',
};

export async function recordCourtAndPrison(f: DemoFamily, arrestId: string, client: DemoClient, now: number): Promise<void> {
  const r = f.random;
  const at = (hours: number) => new Date(f.arrestedAt + hours * HOUR).toISOString();
  const happened = (hours: number) => f.arrestedAt + hours * HOUR < now - 60_000;
  const year = new Date(f.arrestedAt).getUTCFullYear();
  const caseReference = `PP-MC-${year}-${String(400 + f.index).padStart(4, '0')}`;
  const orderReference = `PP-DO-${year}-${String(700 + f.index).padStart(4, '0')}`;
  if (!happened(60)) return;
  await client.post('arrest', f.policeKey, `/arrests/${arrestId}/case-file-handovers`, { handedAt: at(30), courtCaseReference: caseReference });

  const clerk = (path: string, body: object) => client.post('court', DemoKeys.courtClerk, path, body);
  const judge = (path: string, body: object) => client.post('court', DemoKeys.judge, path, body);
  const chargeId = r.uuid();
  const { caseId } = await clerk('/cases', {
    caseReference,
    arrestIds: [arrestId],
    personId: f.personId,
    openedAt: at(44),
    charges: [
      {
        chargeId,
        offence: f.offence.name,
        offenceClass: f.offence.offenceClass,
        maximumPenaltyMonths: f.offence.maximumPenaltyMonths,
        violent: false,
      },
    ],
  });
  const c = `/cases/${caseId}`;
  const represented = r.chance(0.3);
  await clerk(`${c}/legal-representation`, {
    recordedAt: at(48),
    represented,
    ...(represented ? { lawyerName: 'Chan Sophal', organisation: 'Legal Aid of Cambodia' } : {}),
  });
  const outcome = f.index % 10 === 7 ? 'judicial-supervision' : f.index % 10 === 2 ? 'release' : 'detention';
  const asked = r.chance(0.5);
  const shortOrder = f.index % 6 === 4;
  await judge(`${c}/pretrial-decisions`, {
    decidedAt: at(56),
    outcome,
    grounds: outcome === 'detention' ? ['guarantee-presence'] : [],
    ...(outcome === 'detention' ? { justification: 'No fixed address and a risk she will not appear for trial.' } : {}),
    askedAboutPregnancyAndDependants: asked,
    ...(asked ? { careArrangementsNoted: `${f.children.map((k) => k.name).join(' and ')} stay with their grandmother` } : {}),
    alternativesConsidered: r.chance(0.3),
    ...(outcome === 'detention' ? { detentionMonths: shortOrder ? 1 : 4, detentionOrderReference: orderReference } : {}),
  });
  const hearingDay = (days: number) => 56 + days * 24;
  // The court says when it set each hearing (the investigating judge at the pre-trial decision),
  // as a court's system would when it enters its diary late: notices count from then.
  const investigation = await clerk(`${c}/hearings`, {
    kind: 'investigation',
    hearingAt: at(hearingDay(21)),
    place: 'Phnom Penh Municipal Court, room 3',
    scheduledAt: at(56),
  });
  if (r.chance(0.5) && happened(hearingDay(18))) {
    await clerk(`${c}/hearings/${investigation.hearingId}/family-notifications`, {
      notifiedAt: at(hearingDay(18)),
      notifiedPerson: 'Srey Mom (grandmother)',
      method: 'phone',
    });
  }
  if (outcome !== 'detention') return;

  let facility: Facility = f.index % 2 === 0 ? 'CC2' : 'PJ';
  await client.post('arrest', f.policeKey, `/arrests/${arrestId}/prison-transfers`, {
    transferredAt: at(58),
    prisonFacility: facility,
    detentionOrderReference: orderReference,
  });
  const prison = (path: string, body: object) => client.post('prison', DemoKeys.prison[facility], path, body);
  const { custodyId } = await prison('/custodies', {
    personId: f.personId,
    facilityId: facility,
    admittedAt: at(60),
    legalStatus: 'pre-trial',
    courtCaseReference: caseReference,
    orderReference,
    nationality: 'KH',
  });
  const p = `/custodies/${custodyId}`;
  const recordedAfter = f.index % 7 === 5 ? null : f.index % 5 === 3 ? 40 : 8;
  if (recordedAfter !== null && happened(60 + recordedAfter)) {
    await prison(`${p}/children-records`, {
      recordedAt: at(60 + recordedAfter),
      answer: 'has-children',
      numberOfChildren: f.children.length,
      consentToRecordDetails: true,
      children: f.children.map((k) => ({
        childId: k.childId,
        name: k.name,
        sex: k.sex,
        ageYears: k.ageYears,
        livesWhere: k.ageYears === 0 ? 'In prison with her mother' : `${f.province}, with ${k.caregiver?.name ?? 'nobody known'}`,
        custodyStatus: k.ageYears === 0 ? 'other' : (CUSTODY_STATUS[k.whereabouts] ?? 'other'),
      })),
    });
  }
  const baby = f.children.find((k) => k.ageYears === 0 && k.dateOfBirth);
  if (baby && recordedAfter !== null && happened(60 + recordedAfter + 1)) {
    await prison(`${p}/children-in-prison`, {
      childId: baby.childId,
      admittedAt: at(60 + recordedAfter + 1),
      dateOfBirth: baby.dateOfBirth,
      reason: 'Breastfed infant; nobody outside can feed her',
    });
    if (happened(hearingDay(7))) {
      await prison(`${p}/children/${baby.childId}/assessments`, {
        assessedAt: at(hearingDay(7)),
        outcome: 'Healthy; vaccinations due',
        nextAssessmentDue: at(hearingDay(7 + (f.index % 2 ? 30 : 90))),
      });
    }
  }
  const known = recordedAfter === null ? [] : f.children.filter((k) => k.ageYears > 0);
  for (let day = 6; happened(hearingDay(day)); day += r.int(6, 14)) {
    if (day > 30 && f.index % 4 === 1) break;
    const visitor = known.length && r.chance(0.7) ? r.pick(known) : null;
    if (r.chance(0.6)) {
      await prison(`${p}/visits`, {
        visitedAt: at(hearingDay(day)),
        durationMinutes: r.pick([15, 20, 30]),
        ownClothesAllowed: false,
        setting: r.chance(0.6) ? 'behind-bars-or-screen' : 'contact-visit',
        ...(visitor ? { childId: visitor.childId, accompanyingAdult: 'Srey Mom (grandmother)' } : { visitorName: 'Srey Mom (grandmother)' }),
        ...(r.chance(0.35) ? { fee: { amount: r.pick([5000, 10000, 20000]), currency: 'KHR' } } : {}),
      });
    } else {
      await prison(`${p}/phone-calls`, {
        calledAt: at(hearingDay(day)),
        withWhom: 'Srey Mom (grandmother)',
        childIds: visitor ? [visitor.childId] : [],
        durationMinutes: 5,
      });
    }
    if (f.index % 5 === 2 && day >= 20 && facility === 'CC2') {
      await prison(`${p}/transfers`, { transferredAt: at(hearingDay(day) + 2), toFacilityId: 'PJ', reason: 'Overcrowding at CC2' });
      facility = 'PJ';
      if (r.chance(0.5))
        await prison(`${p}/family-notifications`, {
          notifiedAt: at(hearingDay(day) + 30),
          about: 'transfer',
          notifiedPerson: 'Srey Mom',
          isCaregiver: true,
          method: 'phone',
        });
    }
  }
  const trialDay = 45 + (f.index % 3) * 10;
  const trialSetAt = hearingDay(trialDay - 20);
  const trial = await clerk(`${c}/hearings`, {
    kind: 'trial',
    hearingAt: at(hearingDay(trialDay)),
    place: 'Phnom Penh Municipal Court, room 2',
    // A trial date set in the days ahead is not stated yet: recorded at its receipt, and labelled so.
    ...(happened(trialSetAt) ? { scheduledAt: at(trialSetAt) } : {}),
  });
  if (r.chance(0.4) && happened(hearingDay(trialDay - 5))) {
    await clerk(`${c}/hearings/${trial.hearingId}/family-notifications`, {
      notifiedAt: at(hearingDay(trialDay - 5)),
      notifiedPerson: 'Srey Mom (grandmother)',
      method: 'letter',
    });
  }
  if (!happened(hearingDay(trialDay))) {
    if (f.index % 4 === 3) await prison(`${p}/release-schedules`, { releaseOn: new Date(now + 5 * DAY).toISOString(), reason: 'bail' });
    return;
  }
  await judge(`${c}/verdicts`, { deliveredAt: at(hearingDay(trialDay)), findings: [{ chargeId, outcome: 'convicted' }] });
  const months = f.index % 5 === 0 ? 1 : r.pick([6, 12, 18, 24]);
  await judge(`${c}/sentences`, {
    imposedAt: at(hearingDay(trialDay)),
    custodialMonths: months,
    suspendedMonths: 0,
    nonCustodialMeasures: [],
    childrenWelfareConsidered: r.chance(0.3),
    nonCustodialAlternativesConsidered: r.chance(0.2),
  });
  if (f.index % 7 === 3) {
    const releaseOn = hearingDay(trialDay + 3);
    await prison(`${p}/release-schedules`, { releaseOn: at(releaseOn), reason: 'sentence-served' });
    if (happened(releaseOn)) await prison(`${p}/releases`, { releasedAt: at(releaseOn), releasedTo: 'Srey Mom (her mother)' });
  }
}
