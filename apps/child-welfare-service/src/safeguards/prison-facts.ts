import { factsOf, type AgencyEventType, type FactOf, type PersonFile } from '../person-file/person-file';
import type { PersonSafeguard } from './person-safeguard';
import type { RulePolicy } from './rule-policy';
import { minutesBetween, type AlertDraft, type SafeguardOutcome } from './safeguard-outcome';

/**
 * What the prison safeguards (catalogue 16–26) read of a person's file: her prison custodies, the
 * facility that holds her at a given time, the children known to the prison, and one deadline
 * shape every "within N hours" rule shares.
 */
export interface Custody {
  readonly custodyId: string;
  readonly admission: FactOf<'PersonAdmitted'>;
  readonly transfers: readonly FactOf<'PrisonerTransferred'>[];
  readonly release: FactOf<'PersonReleased'> | null;
  /** The arrest the admission rests on (the police transfer carrying the same detention order), when known. */
  readonly arrest: FactOf<'ArrestMade'> | null;
}

export function custodiesOf(file: PersonFile): Custody[] {
  return factsOf(file, 'PersonAdmitted').map((admission) => {
    const { custodyId, orderReference } = admission.data;
    const toPrison = factsOf(file, 'TransferredToPrison').find((t) => t.data.detentionOrderReference === orderReference);
    return {
      custodyId,
      admission,
      transfers: ofCustody(file, 'PrisonerTransferred', custodyId),
      release: ofCustody(file, 'PersonReleased', custodyId)[0] ?? null,
      arrest: (toPrison && factsOf(file, 'ArrestMade').find((a) => a.data.arrestId === toPrison.data.arrestId)) ?? null,
    };
  });
}

type CustodyFactType = { [T in AgencyEventType]: FactOf<T>['data'] extends { custodyId: string } ? T : never }[AgencyEventType];

/** The facts of one type about one custody, in event-time order. */
export function ofCustody<T extends CustodyFactType>(file: PersonFile, type: T, custodyId: string): FactOf<T>[] {
  return factsOf(file, type).filter((f) => (f.data as { custodyId: string }).custodyId === custodyId);
}

/** The facility holding her at `at`: the admitting one, then wherever each transfer took her. */
export function facilityAt(custody: Custody, at: string): string {
  const moved = custody.transfers.filter((t) => Date.parse(t.data.transferredAt) <= Date.parse(at));
  return moved.length > 0 ? moved[moved.length - 1].data.toFacilityId : custody.admission.data.facilityId;
}

export interface ChildInPrison {
  readonly childId: string;
  /** When the child came to live in prison: admitted with her, or born there. */
  readonly since: string;
  readonly dateOfBirth: string;
  readonly eventId: string;
  readonly left: FactOf<'ChildLeftPrison'> | null;
}

export function childrenInPrison(file: PersonFile, custodyId: string): ChildInPrison[] {
  const left = (childId: string) => ofCustody(file, 'ChildLeftPrison', custodyId).find((l) => l.data.childId === childId) ?? null;
  return [
    ...ofCustody(file, 'ChildAdmittedWithParent', custodyId).map((c) => ({ childId: c.data.childId, since: c.data.admittedAt, dateOfBirth: c.data.dateOfBirth, eventId: c.eventId })),
    ...ofCustody(file, 'ChildBornInCustody', custodyId).map((c) => ({ childId: c.data.childId, since: c.data.bornAt, dateOfBirth: c.data.bornAt, eventId: c.eventId })),
  ].map((c) => ({ ...c, left: left(c.childId) }));
}

/**
 * The children outside prison the prison should know of: those recorded at this admission, or,
 * when the prison recorded none, those the police recorded at the arrest. Child ids are the
 * agencies' shared key; a child recorded by both under different ids would be counted twice,
 * so the prison's own record wins.
 */
export function childrenOutside(file: PersonFile, custody: Custody): string[] {
  const atAdmission = ofCustody(file, 'ChildrenRecordedAtAdmission', custody.custodyId).flatMap((r) => r.data.children.map((c) => c.childId));
  const byPolice = factsOf(file, 'DependantsScreeningRecorded')
    .filter((s) => !custody.arrest || s.data.arrestId === custody.arrest.data.arrestId)
    .flatMap((s) => s.data.children.map((c) => c.childId));
  return [...new Set(atAdmission.length > 0 ? atAdmission : byPolice)];
}

/** The alert fields every prison rule fills the same way: the person, the arrest behind the custody, the facility holding her at `at`. */
export function custodyAlert(
  ruleId: string,
  policy: RulePolicy,
  custody: Custody,
  at: string,
  alert: Pick<AlertDraft, 'subjectKey' | 'childIds' | 'summary' | 'dueAt' | 'triggeringEventIds'>,
): AlertDraft {
  return {
    ruleId,
    severity: policy.severity,
    personId: custody.admission.data.personId,
    arrestId: custody.arrest?.data.arrestId ?? null,
    responsibleAgency: policy.responsibleAgency,
    responsibleUnitId: facilityAt(custody, at),
    province: custody.arrest?.data.province ?? null,
    legalBasis: policy.legalBasis,
    ...alert,
  };
}

/** A fact that settles a deadline, by its time. */
export interface Mark {
  readonly at: string;
  readonly eventId: string;
  /** In plain words, for the audit trail: "family told by phone". */
  readonly says: string;
}

/**
 * One thing a rule waits for. `met` is the first fact that meets the safeguard; `moot` is the
 * first that makes it no longer owed (she was released, the child left). Whichever came first decides.
 */
export interface Watch {
  readonly subjectKey: string;
  readonly dueAt: string;
  readonly met: Mark | null;
  readonly moot: Mark | null;
  readonly alert: AlertDraft;
}

export function firstMark(...marks: (Mark | null | undefined)[]): Mark | null {
  return marks.filter((m): m is Mark => !!m).sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0] ?? null;
}

/**
 * The deadline semantics of the arrest rules: schedule while nothing came; a fact in time cancels
 * (and clears an alert raised before its record arrived); a fact after the deadline raises and
 * resolves, noting how late. A moot fact in time cancels; one after the deadline leaves the miss
 * raised, since nothing can now meet it.
 */
export function watchOutcomes(ruleId: string, w: Watch): SafeguardOutcome[] {
  const { subjectKey, dueAt } = w;
  const settled = firstMark(w.met, w.moot);
  if (!settled) return [{ kind: 'schedule-deadline', ruleId, subjectKey, dueAt }];
  if (Date.parse(settled.at) <= Date.parse(dueAt)) {
    const reason = `${settled.says} at ${settled.at}, by ${dueAt}`;
    return [
      { kind: 'cancel-deadline', ruleId, subjectKey, reason },
      { kind: 'resolve-alert', ruleId, subjectKey, resolvedAt: settled.at, lateByMinutes: 0, reason: `${reason}; the record arrived after the deadline`, resolvingEventIds: [settled.eventId] },
    ];
  }
  const lateByMinutes = minutesBetween(dueAt, settled.at);
  const cancel: SafeguardOutcome = { kind: 'cancel-deadline', ruleId, subjectKey, reason: `${settled.says} ${lateByMinutes} min late` };
  if (settled !== w.met) return [cancel, { kind: 'raise-alert', alert: w.alert }];
  return [
    cancel,
    { kind: 'raise-alert', alert: w.alert },
    { kind: 'resolve-alert', ruleId, subjectKey, resolvedAt: settled.at, lateByMinutes, reason: `${settled.says} ${lateByMinutes} min after the deadline`, resolvingEventIds: [settled.eventId] },
  ];
}

/** When a scheduled deadline passes: raise only if it is due and nothing has settled it. */
export function watchDeadline(ruleId: string, w: Watch | undefined, subjectKey: string, now: Date): SafeguardOutcome[] {
  if (!w) return [{ kind: 'nothing', ruleId, reason: `${subjectKey} is no longer awaited in the file` }];
  const settled = firstMark(w.met, w.moot);
  if (settled) return [{ kind: 'nothing', ruleId, reason: `${settled.says} at ${settled.at}` }];
  if (now.getTime() < Date.parse(w.dueAt)) return [{ kind: 'nothing', ruleId, reason: `not due until ${w.dueAt}` }];
  return [{ kind: 'raise-alert', alert: w.alert }];
}

/** A rule made of watches only, plus any immediate outcomes the facts themselves show. */
export function deadlineSafeguard(
  ruleId: string,
  watchesOf: (file: PersonFile) => Watch[],
  whenNone: string,
  immediate: (file: PersonFile) => SafeguardOutcome[] = () => [],
): PersonSafeguard {
  return {
    ruleId,
    evaluate(file) {
      const outcomes = [...watchesOf(file).flatMap((w) => watchOutcomes(ruleId, w)), ...immediate(file)];
      return outcomes.length > 0 ? outcomes : [{ kind: 'nothing', ruleId, reason: whenNone }];
    },
    onDeadline(file, subjectKey, now) {
      return watchDeadline(ruleId, watchesOf(file).find((w) => w.subjectKey === subjectKey), subjectKey, now);
    },
  };
}

export function addHours(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * 3_600_000).toISOString();
}

export function addDays(iso: string, days: number): string {
  return addHours(iso, days * 24);
}

export function addYears(isoOrDate: string, years: number): string {
  const d = new Date(isoOrDate);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString();
}

/** The first fact at or after `from` (and, when given, at or before `to`). */
export function firstBetween<F extends { readonly occurredAt: string }>(facts: readonly F[], from: string, to?: string): F | null {
  return facts.find((f) => Date.parse(f.occurredAt) >= Date.parse(from) && (to === undefined || Date.parse(f.occurredAt) <= Date.parse(to))) ?? null;
}
