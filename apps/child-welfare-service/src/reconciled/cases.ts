import type {
  AppealDecidedData,
  AppealFiledData,
  CaseClosedData,
  CaseOpenedData,
  Charge,
  ClemencyGrantedData,
  HearingScheduledData,
  LegalRepresentationRecordedData,
  OffenceClass,
  PretrialDecisionMadeData,
  PretrialDetentionExtendedData,
  SentenceImposedData,
  VerdictDeliveredData,
} from '@safeguard/contracts';
import { factsOf, type PersonFile } from '../person-file/person-file';
import { earliest, evidenceOf, isBefore, type Evidence } from './evidence';
import { recordsOf, type Recorded } from './recorded';

/**
 * One criminal case as the court recorded it, joined with what the other agencies recorded about
 * it: the prison's notices of legal dates count as telling the family of a hearing, and her release
 * from prison ends a detention. The court that must act is the court whose credential opened the
 * case (`courtUnitId`), never a judge or a room.
 */
export interface CaseView {
  readonly caseId: string;
  readonly reference: string;
  readonly courtUnitId: string | null;
  readonly arrestIds: readonly string[];
  readonly opened: Recorded<CaseOpenedData>;
  readonly representation: readonly Recorded<LegalRepresentationRecordedData>[];
  readonly decisions: readonly Recorded<PretrialDecisionMadeData>[];
  readonly extensions: readonly Recorded<PretrialDetentionExtendedData>[];
  readonly detentions: readonly DetentionSpell[];
  readonly hearings: readonly HearingView[];
  readonly verdicts: readonly Recorded<VerdictDeliveredData>[];
  readonly sentences: readonly Recorded<SentenceImposedData>[];
  readonly appeals: readonly Recorded<AppealFiledData>[];
  readonly appealDecisions: readonly Recorded<AppealDecidedData>[];
  readonly clemencies: readonly Recorded<ClemencyGrantedData>[];
  readonly closed: Recorded<CaseClosedData> | null;
}

/** One pre-trial detention on a case: the order that began it, its extensions, and the first record that ended it. */
export interface DetentionSpell {
  readonly caseId: string;
  readonly ordered: Recorded<PretrialDecisionMadeData>;
  readonly extensions: readonly Recorded<PretrialDetentionExtendedData>[];
  readonly ended: Evidence | null;
}

/**
 * A hearing as last scheduled (a rescheduled hearing is judged on the date that holds), with every
 * notice to the family since that scheduling: the court's notice of this hearing, or the prison's
 * notice of a legal date.
 */
export interface HearingView {
  readonly hearingId: string;
  readonly scheduling: Recorded<HearingScheduledData>;
  /** When the court set the hearing as it states it; with `stated` false, only when the record reached the court service. */
  readonly scheduledAt: string;
  readonly scheduledAtStated: boolean;
  readonly notices: readonly Evidence[];
}

export function casesOf(file: PersonFile): CaseView[] {
  const prisonLegalNotices = recordsOf(
    file,
    'FamilyNotified',
    (d) => `the prison told ${d.notifiedPerson} of a legal date ${methodWords(d.method)}`,
    (d) => d.about === 'legal-date',
  );
  const releases = recordsOf(file, 'PersonReleased', 'released from prison');
  return factsOf(file, 'CaseOpened').map((opened): CaseView => {
    const caseId = opened.data.caseId;
    const ofCase = (d: { caseId: string }) => d.caseId === caseId;
    const decisions = recordsOf(file, 'PretrialDecisionMade', (d) => `the court ordered ${d.outcome.replace(/-/g, ' ')}`, ofCase);
    const extensions = recordsOf(file, 'PretrialDetentionExtended', 'the court extended pre-trial detention', ofCase);
    const verdicts = recordsOf(file, 'VerdictDelivered', 'the verdict was delivered', ofCase);
    const closed = recordsOf(file, 'CaseClosed', 'the case was closed', ofCase).at(0) ?? null;
    return {
      caseId,
      reference: opened.data.caseReference,
      courtUnitId: opened.unitId,
      arrestIds: opened.data.arrestIds,
      opened: { data: opened.data, evidence: evidenceOf(opened, 'the case was opened') },
      representation: recordsOf(file, 'LegalRepresentationRecorded', 'legal representation recorded', ofCase),
      decisions,
      extensions,
      detentions: detentionSpells(caseId, decisions, extensions, [
        ...decisions.filter((d) => d.data.outcome !== 'detention').map((d) => d.evidence),
        ...verdicts.map((v) => v.evidence),
        ...(closed ? [closed.evidence] : []),
        ...releases.map((r) => r.evidence),
      ]),
      hearings: hearingsOf(
        file,
        caseId,
        prisonLegalNotices.map((n) => n.evidence),
      ),
      verdicts,
      sentences: recordsOf(file, 'SentenceImposed', 'the sentence was imposed', ofCase),
      appeals: recordsOf(file, 'AppealFiled', (d) => `the ${d.filedBy} appealed`, ofCase),
      appealDecisions: recordsOf(file, 'AppealDecided', (d) => `the appeal was decided (${d.outcome.replace(/-/g, ' ')})`, ofCase),
      clemencies: recordsOf(file, 'ClemencyGranted', (d) => `${d.kind.replace(/-/g, ' ')} granted`, ofCase),
      closed,
    };
  });
}

/**
 * A detention order starts a spell unless one is already running; the first later record of a
 * release or judicial supervision, a verdict, the case's closing or her release from prison ends it.
 */
function detentionSpells(
  caseId: string,
  decisions: readonly Recorded<PretrialDecisionMadeData>[],
  extensions: readonly Recorded<PretrialDetentionExtendedData>[],
  ends: readonly Evidence[],
): DetentionSpell[] {
  const spells: DetentionSpell[] = [];
  for (const decision of decisions) {
    const open = spells.at(-1);
    if (decision.data.outcome !== 'detention' || (open && (!open.ended || isBefore(decision.evidence.at, open.ended.at)))) continue;
    const after = (e: Evidence) => isBefore(decision.evidence.at, e.at);
    const ended = earliest(...ends.filter(after));
    spells.push({
      caseId,
      ordered: decision,
      extensions: extensions.filter((x) => after(x.evidence) && (!ended || !isBefore(ended.at, x.evidence.at))),
      ended,
    });
  }
  return spells;
}

function hearingsOf(file: PersonFile, caseId: string, prisonLegalNotices: readonly Evidence[]): HearingView[] {
  const latest = new Map<string, Recorded<HearingScheduledData>>();
  const previous = new Map<string, Recorded<HearingScheduledData>>();
  for (const h of recordsOf(
    file,
    'HearingScheduled',
    (d) => `the ${d.kind} hearing was scheduled`,
    (d) => d.caseId === caseId,
  )) {
    const before = latest.get(h.data.hearingId);
    if (before) previous.set(h.data.hearingId, before);
    latest.set(h.data.hearingId, h);
  }
  const courtNotices = recordsOf(
    file,
    'FamilyNotifiedOfHearing',
    (d) => `the court told ${d.notifiedPerson} of the hearing ${methodWords(d.method)}`,
    (d) => d.caseId === caseId,
  );
  return [...latest.values()].map((scheduling) => {
    const stated = scheduling.data.scheduledAtSource === 'stated-by-agency';
    const scheduledAt = scheduling.data.scheduledAt;
    // A notice before a server-stamped scheduling time may still be about this date: then only an
    // earlier scheduling of the same hearing (a notice before it was about another date) bounds it.
    const from = stated ? scheduledAt : (previous.get(scheduling.data.hearingId)?.data.scheduledAt ?? null);
    const since = (e: Evidence) => (from === null || !isBefore(e.at, from)) && !isBefore(scheduling.data.hearingAt, e.at);
    return {
      hearingId: scheduling.data.hearingId,
      scheduling,
      scheduledAt,
      scheduledAtStated: stated,
      notices: [...courtNotices.filter((n) => n.data.hearingId === scheduling.data.hearingId).map((n) => n.evidence), ...prisonLegalNotices].filter(
        since,
      ),
    };
  });
}

/** "by phone", "in person": how the family was told, as a reader says it. */
function methodWords(method: 'phone' | 'letter' | 'in-person' | 'message' | 'other'): string {
  return method === 'other' ? 'by other means' : method === 'in-person' ? 'in person' : `by ${method}`;
}

/** The detention spell a detention order began or was made in (a renewal while she is held), if any. */
export function spellOf(c: CaseView, order: Recorded<PretrialDecisionMadeData>): DetentionSpell | null {
  return [...c.detentions].reverse().find((s) => !isBefore(order.evidence.at, s.ordered.evidence.at)) ?? null;
}

const CLASS_RANK: Record<OffenceClass, number> = { felony: 3, misdemeanour: 2, 'petty-offence': 1 };

/** The charge that decides what the law allows: the highest class, then the longest maximum penalty. */
export function mostSeriousCharge(charges: readonly Charge[]): Charge | null {
  return (
    [...charges].sort((a, b) => CLASS_RANK[b.offenceClass] - CLASS_RANK[a.offenceClass] || b.maximumPenaltyMonths - a.maximumPenaltyMonths)[0] ?? null
  );
}

/** The charges she stood convicted of at `at` by the case's latest verdict then; every charge of the case while no verdict is recorded. */
export function convictedCharges(c: CaseView, at: string): readonly Charge[] {
  const verdict = [...c.verdicts].reverse().find((v) => !isBefore(at, v.evidence.at));
  if (!verdict) return c.opened.data.charges;
  const convicted = new Set(verdict.data.findings.filter((f) => f.outcome === 'convicted').map((f) => f.chargeId));
  return c.opened.data.charges.filter((charge) => convicted.has(charge.chargeId));
}

/** Whether a sentence sends her to prison: some of its custodial months are not suspended. */
export function isPrisonTerm(s: Pick<SentenceImposedData, 'custodialMonths' | 'suspendedMonths'>): boolean {
  return s.custodialMonths > s.suspendedMonths;
}

/** Calendar months later, in UTC, as the law counts a term of months; a fraction of a month counts as that share of 30 days. */
export function addMonths(iso: string, months: number): string {
  const d = new Date(iso);
  const whole = Math.trunc(months);
  d.setUTCMonth(d.getUTCMonth() + whole);
  return new Date(d.getTime() + Math.round((months - whole) * 30 * 24 * 60 * 60_000)).toISOString();
}
