import type { ChildrenRecordedAtAdmissionData } from '@safeguard/contracts';
import { livingInPrison, type CustodyView } from '../../reconciled/custodies';
import { earliest, isBefore, type Evidence } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import type { Recorded } from '../../reconciled/recorded';
import { benchmarkNote, heldInPrison } from '../custody-alert';
import type { WithinHoursPolicy } from '../prison-policy';
import type { Finding, Rule, Watch } from '../rule';
import type { RuleWords } from '../rule-words';
import { addMinutes } from '../safeguard-outcome';

export const CHILDREN_NOT_RECORDED_AT_ADMISSION = 'children-not-recorded-at-admission';

/**
 * Bangkok Rule 3: the number and details of her children recorded on admission. Per custody, a
 * watch `withinHours` after admission for the prison's record of any answer (children, none, or
 * declined: she is never forced to answer); release before it falls due ends the duty. And a
 * review finding when the prison's record in force counts fewer children than another record
 * does — the police's screening, another prison's record — with nothing to explain it (she
 * declined to say, or to give details): one of the two is wrong and a person must find out which.
 * Children living in prison with her count as recorded; children seen at an arrest are not
 * compared (they may be a neighbour's). A later prison record with the full count resolves it.
 */
export function raiseAlertWhenChildrenNotRecordedAtAdmission(policy: WithinHoursPolicy, words: RuleWords): Rule {
  return {
    ruleId: CHILDREN_NOT_RECORDED_AT_ADMISSION,
    whenNothingOwed: 'she has not been admitted to prison',
    judge: (view: FamilyView) => ({
      watches: view.custodies.map((custody) => askedAtAdmission(view, custody, policy, words)),
      findings: view.custodies.flatMap((custody) => fewerThanKnown(view, custody, words)),
    }),
  };
}

const ANSWER_WORDS: Record<ChildrenRecordedAtAdmissionData['answer'], string> = {
  'has-children': 'she has children',
  'no-children': 'no children',
  'declined-to-say': 'she declined to say',
};

function askedAtAdmission(view: FamilyView, custody: CustodyView, policy: WithinHoursPolicy, words: RuleWords): Watch {
  const admitted = custody.admission.evidence;
  const parent = words.parent(view.parent.sex);
  const prison = custody.admission.data.facilityId;
  return {
    subjectKey: custody.custodyId,
    dueAt: addMinutes(admitted.at, policy.withinHours * 60),
    setBy: admitted,
    met: earliest(
      ...custody.childrenRecords.map((r) => ({ ...r.evidence, says: `the prison recorded the answer (${ANSWER_WORDS[r.data.answer]})` })),
    ),
    moot: custody.released?.evidence ?? null,
    alert: {
      ...heldInPrison(view, custody, admitted.at),
      childIds: [],
      summary:
        `No record that prison ${prison} asked ${parent.person} admitted on ${words.instant(admitted.at)} whether ${parent.subject} ${parent.has} children ` +
        `within ${words.duration(policy.withinHours * 60)} of admission${benchmarkNote(policy)}.`,
      triggeringEventIds: [admitted.eventId],
    },
  };
}

/** What one prison record counts: the number she gave, the children it names, and the children living in prison with her. */
function countOf(record: Recorded<ChildrenRecordedAtAdmissionData>, livingWithHer: readonly string[]): number {
  const named = new Set([...record.data.children.map((c) => c.childId), ...livingWithHer]).size;
  return Math.max(record.data.numberOfChildren ?? 0, named);
}

/** She declined to answer, or said she has children but not to record how many: a lower count is hers to give. */
function explained(record: Recorded<ChildrenRecordedAtAdmissionData>): boolean {
  const { answer, numberOfChildren, consentToRecordDetails } = record.data;
  return answer === 'declined-to-say' || (answer === 'has-children' && numberOfChildren === null && !consentToRecordDetails);
}

interface Reading {
  readonly at: string;
  /** The prison's record in force, what it counts, and the most any other record counts by then. */
  readonly record: Recorded<ChildrenRecordedAtAdmissionData>;
  readonly counted: number;
  readonly known: { readonly count: number; readonly evidence: Evidence };
  readonly evidence: Evidence;
}

/**
 * Walks the prison's records and the other agencies' counts in time order: a spell in which the
 * prison's record in force counts fewer children than another record, unexplained, is one finding,
 * shown by the record that opened it and cured by the prison record that closed it.
 */
function fewerThanKnown(view: FamilyView, custody: CustodyView, words: RuleWords): Finding[] {
  const own = new Set(custody.childrenRecords.map((r) => r.evidence.eventId));
  const others = view.dependants.countedBy.filter((c) => !own.has(c.evidence.eventId));
  const livingWithHer = view.children.flatMap((child) => livingInPrison(child, custody)?.childId ?? []);
  const moments = [...custody.childrenRecords.map((r) => r.evidence), ...others.map((o) => o.evidence)].sort(
    (a, b) => Date.parse(a.at) - Date.parse(b.at),
  );
  const findings: Finding[] = [];
  let open: Reading | null = null;
  for (const moment of moments) {
    const record = [...custody.childrenRecords].reverse().find((r) => !isBefore(moment.at, r.evidence.at));
    if (!record) continue;
    const known = others
      .filter((o) => !isBefore(moment.at, o.evidence.at))
      .reduce<Reading['known'] | null>((most, o) => (most && most.count >= o.count ? most : o), null);
    const counted = countOf(record, livingWithHer);
    const short = known !== null && counted < known.count && !explained(record);
    if (short && !open) open = { at: moment.at, record, counted, known, evidence: moment };
    if (!short && open && own.has(moment.eventId)) {
      findings.push(
        finding(view, custody, open, { ...moment, says: `the prison recorded the children again (${childrenWords(counted, words)})` }, words),
      );
      open = null;
    }
  }
  if (open) findings.push(finding(view, custody, open, null, words));
  return findings;
}

function finding(view: FamilyView, custody: CustodyView, shown: Reading, cured: Evidence | null, words: RuleWords): Finding {
  const parent = words.parent(view.parent.sex);
  const known = shown.known;
  const prison = custody.admission.data.facilityId;
  return {
    subjectKey: `${custody.custodyId}:count:${shown.evidence.eventId}`,
    shownBy: { ...shown.evidence, says: `the prison's record counts ${shown.counted} where the ${known.evidence.agency} recorded ${known.count}` },
    cured,
    alert: {
      ...heldInPrison(view, custody, shown.at),
      childIds: [],
      summary:
        `For review: prison ${prison} recorded ${childrenWords(shown.counted, words)} for ${parent.noun} on ${words.instant(shown.record.evidence.at)}, ` +
        `but the ${known.evidence.agency} recorded ${words.count(known.count, 'child', 'children')} on ${words.instant(known.evidence.at)}, and no record explains the difference. ` +
        `Ask ${parent.object} again and correct whichever record is wrong, so that no child is left out.`,
      triggeringEventIds: [shown.record.evidence.eventId, known.evidence.eventId],
    },
  };
}

const childrenWords = (n: number, words: RuleWords): string => (n === 0 ? 'no children' : words.count(n, 'child', 'children'));
