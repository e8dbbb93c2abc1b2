import type { SentenceImposedData } from '@safeguard/contracts';
import { isPrisonTerm, type CaseView } from '../../reconciled/cases';
import { livesInPrisonWithParentAt, type ChildView } from '../../reconciled/children';
import { parentAt } from '../../reconciled/dependants';
import { isBefore, byRecordOrder, type Evidence } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import type { Recorded } from '../../reconciled/recorded';
import { beforeTheCourt } from '../court-alert';
import { isBenchmark } from '../custody-alert';
import type { Finding, Rule } from '../rule';
import type { RulePolicy } from '../rule-policy';
import { sentenceCase, type RuleWords } from '../rule-words';

export const NO_TIME_TO_ARRANGE_CARE = 'no-time-to-arrange-care';

/**
 * A mother sent to prison at once must have had the chance to arrange her children's care
 * (Bangkok Rule 2(2); LICADHO 2015: "allow the mother time ... between sentencing and beginning
 * her imprisonment"). A prison term starting at once (no deferred start) for a parent of dependent
 * children raises an alert at once against the court, keyed `${caseId}:${imposedAt}`, when any
 * known child's care is unconfirmed.
 *
 * A child's care is confirmed when the latest record by the sentence, by any agency, that says
 * anything of her care places her with an adult not in custody or living in prison with her
 * parent, or is a care arrangement with an adult; a child living in prison with her parent at the
 * sentence is in care whatever another record says of her meanwhile. Children known only as a number (a count, or
 * children seen at the arrest) are confirmed only by a judge's note of their care. Later records
 * confirming care for every unconfirmed child resolve it, saying how long after the sentence the
 * last came.
 */
export function raiseAlertWhenNoTimeToArrangeCare(policy: RulePolicy, words: RuleWords): Rule {
  const note = isBenchmark(policy) ? ' Here the time owed is a benchmark, not a legal duty.' : '';
  return {
    ruleId: NO_TIME_TO_ARRANGE_CARE,
    whenNothingOwed: 'no prison term was imposed to start at once on a parent with a child whose care no agency had confirmed',
    judge: (view: FamilyView) => ({
      watches: [],
      findings: view.cases.flatMap((c) => c.sentences.flatMap((s) => findingOf(view, c, s, words, note))),
    }),
  };
}

/** A record of where and with whom the child is, or of care arranged, and whether it shows her cared for. */
interface CareRecord {
  readonly evidence: Evidence;
  readonly confirms: boolean;
}

const CONFIRMS: ReadonlySet<string> = new Set(['cared-for', 'in-prison-with-parent']);
/** At school, or a record that does not say: nothing about who cares for her. Kept with her parent at the station is no care once the parent goes to prison. */
const SAYS_NOTHING_OF_CARE: ReadonlySet<string> = new Set(['somewhere-known', 'not-said']);

function careRecords(child: ChildView): CareRecord[] {
  return [
    ...child.placements
      .filter((p) => !SAYS_NOTHING_OF_CARE.has(p.care.kind))
      .map((p) => ({ evidence: p.evidence, confirms: CONFIRMS.has(p.care.kind) })),
    ...child.arrangements.map((a) => ({ evidence: a.evidence, confirms: a.safe })),
  ].sort((a, b) => byRecordOrder(a.evidence, b.evidence));
}

function confirmedBy(child: ChildView, at: string): boolean {
  if (livesInPrisonWithParentAt(child, at)) return true;
  const byThen = careRecords(child).filter((r) => !isBefore(at, r.evidence.at));
  return byThen[byThen.length - 1]?.confirms ?? false;
}

function firstConfirmedAfter(child: ChildView, at: string): Evidence | null {
  return careRecords(child).find((r) => r.confirms && isBefore(at, r.evidence.at))?.evidence ?? null;
}

/** The last of the first confirmations of each child, or null while one is still unconfirmed. */
function allConfirmedAfter(children: readonly ChildView[], at: string): Evidence | null {
  const firsts = children.map((child) => firstConfirmedAfter(child, at));
  if (firsts.some((e) => e === null)) return null;
  const last = (firsts as Evidence[]).reduce((a, b) => (isBefore(a.at, b.at) ? b : a));
  return {
    ...last,
    says:
      children.length === 1
        ? `care confirmed for the child (${last.says})`
        : `care confirmed for the last of the ${children.length} children (${last.says})`,
  };
}

function findingOf(view: FamilyView, c: CaseView, s: Recorded<SentenceImposedData>, words: RuleWords, note: string): Finding[] {
  const at = s.evidence.at;
  if (!isPrisonTerm(s.data) || s.data.startDeferredUntil !== null || !parentAt(view.dependants, at)) return [];
  const p = words.parent(view.parent.sex);
  const known = view.children.filter((child) => child.bornAt === null || !isBefore(at, child.bornAt));
  let whose: string;
  let cured: Evidence | null;
  let childIds: readonly string[];
  if (known.length === 0) {
    // Known only as a number: no record can place a child no agency named, but the judge can note their care.
    const notes = view.dependants.careNotedByJudge;
    if (notes.some((e) => !isBefore(at, e.at))) return [];
    const n = view.dependants.count;
    whose = `${p.possessive} ${n === null ? 'children' : n === 1 ? 'child' : `${n} children`}, not recorded by name`;
    cured = notes.find((e) => isBefore(at, e.at)) ?? null;
    childIds = [];
  } else {
    const unconfirmed = known.filter((child) => !confirmedBy(child, at));
    if (unconfirmed.length === 0) return [];
    const all = known.length === 1 ? `${p.possessive} child` : `${p.possessive} ${known.length} children`;
    whose = unconfirmed.length === known.length ? all : `${words.count(unconfirmed.length, 'child', 'children')} of ${all}`;
    cured = allConfirmedAfter(unconfirmed, at);
    childIds = unconfirmed.flatMap((child) => child.refs);
  }
  const term = words.count(s.data.custodialMonths - s.data.suspendedMonths, 'month', 'months');
  return [
    {
      subjectKey: `${c.caseId}:${s.data.imposedAt}`,
      shownBy: { ...s.evidence, says: 'a prison term starting at once, with the children’s care unconfirmed' },
      cured,
      alert: {
        ...beforeTheCourt(view, c, at),
        childIds,
        summary:
          `${sentenceCase(p.noun)} was sent to prison at once on ${words.instant(at)} in case ${c.reference} (${term}) with no agency having confirmed care for ${whose}, ` +
          `and no time given to arrange it. Someone must confirm who is caring for them now.${note}`,
        triggeringEventIds: [s.evidence.eventId],
      },
    },
  ];
}
