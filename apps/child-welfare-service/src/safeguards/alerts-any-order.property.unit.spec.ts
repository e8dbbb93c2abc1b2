/**
 * The alerts a family ends with are the records' verdict, not the network's: whatever order the
 * police's, the court's and the prison's records reach the service in, and however often one is
 * delivered again, once every deadline has passed the same alerts stand, for the same children,
 * resolved or open, and late by the same time. The families are drawn from the LICADHO report's
 * patterns (`report-families.testing.ts`).
 *
 * The inbox and the deadline sweeper are simulated in memory with the pure pieces production
 * runs: the person file from the facts, every rule on the whole file (`allSafeguards`), the
 * withdrawal of alerts the file no longer holds (`withdrawUnheldAlerts`), the alert decider folded
 * on each alert's own stream, and the rules' verdict when a deadline fires (`onDeadline`). The
 * deadline table is SQL in production (`alerts/deadlines.ts`, `keepDeadlines`); `DeadlineTable`
 * below mirrors its upsert by hand, clause by clause, and must be kept in step with it.
 */
import fc from 'fast-check';
import type { AlertEvent } from '@safeguard/contracts';
import { decideAlert, type AlertCommand } from '../alerts/alert.decider';
import { evolveAlert, initialAlertState, type AlertState } from '../alerts/alert.state';
import { withdrawUnheldAlerts } from '../alerts/withdraw-unheld-alerts';
import type { AgencyEvent } from '../person-file/person-file';
import { eventIdOf, fileOf } from '../person-file/person-file.testing';
import { familyViewOf } from '../reconciled/family-view';
import { allSafeguards } from './all-safeguards';
import { cambodiaPolicy } from './policy';
import { AFTER_EVERY_DEADLINE, factsOfFamily, familyPattern, familyPatternInPrisonLife, type FamilyPattern } from './report-families.testing';
import type { SafeguardOutcome } from './safeguard-outcome';

const safeguards = allSafeguards(cambodiaPolicy);
const MINUTE = 60_000;
/** As `DEFAULT_REPORTING_GRACE_MINUTES` in alerts/alert-book.ts: a deadline armed already passed first fires this long after. */
const REPORTING_GRACE_MINUTES = 15;

type Outcome = SafeguardOutcome;
const keyOf = (ruleId: string, subjectKey: string) => `${ruleId}\u0000${subjectKey}`;

interface DeadlineRow {
  readonly ruleId: string;
  readonly subjectKey: string;
  readonly dueAt: number;
  readonly firesAt: number;
  readonly status: 'pending' | 'fired' | 'cancelled';
}

/**
 * `keepDeadlines` in memory: the cancellation wins when two outcomes name one deadline; a new
 * deadline fires at its due time or a reporting grace after it was armed, whichever is later; a
 * pending or fired one is re-armed only when its due time moved; a cancellation only touches a
 * pending one; a cancellation of a deadline never armed is kept as cancelled.
 */
class DeadlineTable {
  private readonly rows = new Map<string, DeadlineRow>();

  keep(outcomes: readonly Outcome[], now: number): void {
    const byKey = new Map<string, Outcome>();
    for (const o of outcomes) {
      if (o.kind !== 'schedule-deadline' && o.kind !== 'cancel-deadline') continue;
      const key = keyOf(o.ruleId, o.subjectKey);
      if (byKey.get(key)?.kind !== 'cancel-deadline') byKey.set(key, o);
    }
    for (const [key, o] of byKey) {
      const row = this.rows.get(key);
      if (o.kind === 'schedule-deadline') {
        const dueAt = Date.parse(o.dueAt);
        const armed: DeadlineRow = {
          ruleId: o.ruleId,
          subjectKey: o.subjectKey,
          dueAt,
          firesAt: Math.max(dueAt, now + REPORTING_GRACE_MINUTES * MINUTE),
          status: 'pending',
        };
        if (!row || ((row.status === 'pending' || row.status === 'fired') && row.dueAt !== dueAt)) this.rows.set(key, armed);
      } else if (o.kind === 'cancel-deadline') {
        if (!row)
          this.rows.set(key, {
            ruleId: o.ruleId,
            subjectKey: o.subjectKey,
            dueAt: now,
            firesAt: now + REPORTING_GRACE_MINUTES * MINUTE,
            status: 'cancelled',
          });
        else if (row.status === 'pending') this.rows.set(key, { ...row, status: 'cancelled' });
      }
    }
  }

  /** The pending deadlines due by `now`, in (rule, subject) order, as the sweeper locks them. */
  due(now: number): DeadlineRow[] {
    return [...this.rows.values()]
      .filter((d) => d.status === 'pending' && d.firesAt <= now)
      .sort((a, b) => (a.ruleId === b.ruleId ? (a.subjectKey < b.subjectKey ? -1 : 1) : a.ruleId < b.ruleId ? -1 : 1));
  }

  markFired(d: DeadlineRow): void {
    this.rows.set(keyOf(d.ruleId, d.subjectKey), { ...d, status: 'fired' });
  }
}

/** One person's service: her kept facts, her deadlines and her alert streams. */
class InMemoryService {
  private readonly facts = new Map<string, AgencyEvent>();
  private readonly deadlines = new DeadlineTable();
  readonly alerts = new Map<string, { readonly ruleId: string; readonly subjectKey: string; state: AlertState; childIds: readonly string[] }>();

  /** The inbox: a redelivered fact changes nothing; a new one has the whole file judged again. */
  deliver(event: AgencyEvent, now: number): void {
    const id = eventIdOf(event);
    if (this.facts.has(id)) return;
    this.facts.set(id, event);
    const file = this.file();
    const outcomes = safeguards.evaluate(file);
    const withdrawals = withdrawUnheldAlerts(this.standing(), outcomes, safeguards.ruleIds);
    this.apply([...outcomes, ...withdrawals], now);
  }

  /** The sweeper at `now`: each due deadline judged on the file, then marked fired. */
  sweep(now: number): void {
    for (const deadline of this.deadlines.due(now)) {
      this.apply(safeguards.onDeadline(deadline.ruleId, deadline.subjectKey, this.file(), new Date(now)), now);
      this.deadlines.markFired(deadline);
    }
  }

  /** Every alert raised and not withdrawn, as a monitor reads the board. */
  board(): StandingAlert[] {
    return [...this.alerts.values()]
      .flatMap(({ ruleId, subjectKey, state, childIds }): StandingAlert[] => {
        if (state.status === 'not-raised' || state.status === 'withdrawn') return [];
        const lateByMinutes = state.status === 'resolved' ? state.lateByMinutes : null;
        return [{ ruleId, subjectKey, childIds: [...childIds].sort(), status: state.status === 'resolved' ? 'resolved' : 'open', lateByMinutes }];
      })
      .sort((a, b) => (keyOf(a.ruleId, a.subjectKey) < keyOf(b.ruleId, b.subjectKey) ? -1 : 1));
  }

  file() {
    return fileOf(...this.facts.values());
  }

  private standing() {
    return [...this.alerts.values()].filter((a) => a.state.status !== 'not-raised' && a.state.status !== 'withdrawn');
  }

  /** `AlertBook.apply`: the deadlines first, then each alert change as a command to the alert's own decider. */
  private apply(outcomes: readonly Outcome[], now: number): void {
    this.deadlines.keep(outcomes, now);
    for (const outcome of outcomes) {
      const change = commandOf(outcome, new Date(now).toISOString());
      if (!change) continue;
      const key = keyOf(change.ruleId, change.subjectKey);
      const stream = this.alerts.get(key) ?? { ruleId: change.ruleId, subjectKey: change.subjectKey, state: initialAlertState, childIds: [] };
      const appended: AlertEvent[] = decideAlert(change.command, stream.state);
      stream.state = appended.reduce(evolveAlert, stream.state);
      for (const e of appended) if (e.type === 'AlertRaised') stream.childIds = e.data.childIds;
      this.alerts.set(key, stream);
    }
  }
}

interface StandingAlert {
  readonly ruleId: string;
  readonly subjectKey: string;
  readonly childIds: readonly string[];
  readonly status: 'open' | 'resolved';
  readonly lateByMinutes: number | null;
}

/** As `alertCommandOf` in alerts/alert-book.ts. */
function commandOf(outcome: Outcome, now: string): { ruleId: string; subjectKey: string; command: AlertCommand } | null {
  switch (outcome.kind) {
    case 'raise-alert':
      return {
        ruleId: outcome.alert.ruleId,
        subjectKey: outcome.alert.subjectKey,
        command: { type: 'RaiseAlert', draft: outcome.alert, raisedAt: now, policyId: cambodiaPolicy.policyId },
      };
    case 'escalate-alert':
      return {
        ruleId: outcome.ruleId,
        subjectKey: outcome.subjectKey,
        command: { type: 'EscalateAlert', severity: outcome.severity, escalatedAt: outcome.escalatedAt, reason: outcome.reason },
      };
    case 'resolve-alert': {
      const { resolvedAt, lateByMinutes, reason, resolvingEventIds } = outcome;
      return {
        ruleId: outcome.ruleId,
        subjectKey: outcome.subjectKey,
        command: { type: 'ResolveAlertByFact', resolvedAt, lateByMinutes, reason, resolvingEventIds },
      };
    }
    case 'withdraw-alert':
      return { ruleId: outcome.ruleId, subjectKey: outcome.subjectKey, command: { type: 'WithdrawAlert', withdrawnAt: now, reason: outcome.reason } };
    default:
      return null;
  }
}

/**
 * The family's records reach the service after every deadline has passed, the inbox's clock moving
 * a second a record; after some of them (`pausesAfter`) the next record comes only once the
 * reporting grace is over, so the sweeper fires what the records so far left due. Once all are
 * in, the sweeper runs after the grace.
 */
function boardAfter(
  deliveries: readonly AgencyEvent[],
  pausesAfter: ReadonlySet<number> = new Set(),
): { board: StandingAlert[]; service: InMemoryService } {
  const service = new InMemoryService();
  const grace = (REPORTING_GRACE_MINUTES + 1) * MINUTE;
  let now = AFTER_EVERY_DEADLINE.getTime();
  deliveries.forEach((event, i) => {
    service.deliver(event, (now += 1_000));
    if (pausesAfter.has(i)) service.sweep((now += grace));
  });
  service.sweep(now + grace);
  return { board: service.board(), service };
}

/** The order the records reach the service in, as indices into the family's facts: all of them, shuffled, some more than once. */
const deliveryOrder = (n: number) =>
  fc
    .tuple(fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n }), fc.array(fc.nat({ max: n - 1 }), { maxLength: 4 }), fc.nat())
    .map(([order, again, seed]) => {
      const deliveries = [...order];
      again.forEach((i, k) => deliveries.splice((seed + k * 7) % (deliveries.length + 1), 0, i));
      return deliveries;
    });

/** A family and an order its records reach the service in. */
const inAnyOrder = (families: fc.Arbitrary<FamilyPattern>) =>
  families.chain((pattern) => {
    const facts = factsOfFamily(pattern);
    return fc.tuple(deliveryOrder(facts.length), fc.array(fc.nat({ max: facts.length + 3 }), { maxLength: 3 })).map(([order, pauses]) => ({
      facts,
      deliveries: order.map((i) => facts[i]),
      pausesAfter: new Set(pauses),
      [fc.toStringMethod]: () =>
        `${JSON.stringify(pattern)}, delivered as ${order.map((i, n) => `${i}:${facts[i].type}${pauses.includes(n) ? ' (the sweeper runs)' : ''}`).join(', ')}`,
    }));
  });
const familiesInAnyOrder = inAnyOrder(familyPattern);

/** Two children seen at the arrest, never screened; a baby born in custody whom the prison later lists as alone. */
const FAMILY_WITH_A_NEWBORN_LISTED_ALONE: FamilyPattern = {
  personId: 'person-newborn-listed-alone',
  childrenPresent: 2,
  screenedAfterHours: null,
  consent: false,
  children: [],
  babyWithHer: false,
  babyAtScreening: 'with-parent-in-custody',
  babyLeftPrisonAfterDays: null,
  bornInCustody: { recordedAloneByPrison: true },
  familyContactAfterHours: null,
  judgeAsked: false,
  transferNoticeAfterHours: null,
  hearingNoticeAfterHours: null,
  releaseNoticeAfterHours: null,
  visitsEveryDays: null,
  released: false,
  foreign: null,
  babyAssessedAfterDays: [],
  hospitalisedToldAfterHours: 'not-hospitalised',
  contactBannedForDays: null,
  sentenced: null,
};

/** The board as compared across orders: which alerts stand, resolved or open, and how late. */
const verdicts = (board: readonly StandingAlert[]) => board.map(({ childIds: _children, ...verdict }) => verdict);

describe('alerts, whatever order the agencies’ records arrive in', () => {
  it('end the same, resolved or open and late by the same time, when the records come in one batch after every deadline', () => {
    fc.assert(
      fc.property(familiesInAnyOrder, ({ facts, deliveries }) => {
        expect(verdicts(boardAfter(deliveries).board)).toEqual(verdicts(boardAfter(facts).board));
      }),
      { numRuns: 60 },
    );
  });

  // KNOWN BUG (reported, alerts/alert.decider.ts): an alert keeps the children named when it was
  // first raised; a record that reaches the service later and names more of the children it
  // concerns (a prison's visit, a screening) never reaches the alert, which a raise does not update.
  it.failing('name the same children, whatever order the records came in', () => {
    fc.assert(
      fc.property(familiesInAnyOrder, ({ facts, deliveries }) => {
        expect(boardAfter(deliveries).board).toEqual(boardAfter(facts).board);
      }),
      { numRuns: 20, seed: 7 },
    );
  });

  // KNOWN BUG (reported, alerts/deadlines.ts `keepDeadlines`): a deadline the sweeper fired while no
  // rule held its subject is never armed again when the subject comes back at the same due time.
  // Here custody-before-care-arranged's "children present" deadline fires while a newborn's prison
  // record, not yet known to be of a child born in custody, stands for the children; once her birth
  // record arrives the children present are owed care again, and the miss is never raised.
  it.failing('end the same when the sweeper runs between parts of the batch', () => {
    const facts = factsOfFamily(FAMILY_WITH_A_NEWBORN_LISTED_ALONE);
    const first = (type: AgencyEvent['type']) => facts.find((f) => f.type === type)!;
    const early = [first('ArrestMade'), first('TakenIntoPoliceCustody'), first('ChildrenRecordedAtAdmission')];
    const deliveries = [...early, ...facts.filter((f) => !early.includes(f))];
    expect(verdicts(boardAfter(deliveries, new Set([early.length - 1])).board)).toEqual(verdicts(boardAfter(facts).board));
  });

  // KNOWN BUGS (reported; the rules' engine and the alert decider, not one rule): an alert resolved on
  // the file as it stood stays resolved when a record that reaches the service later shows the miss
  // goes on (a baby's assessment after the record of her leaving prison, a sentence's children whose
  // care a later record unconfirms); and its lateness stays as first resolved when a later record
  // moves the deadline earlier (the police custody of a foreign national, after her admission).
  it.failing('end the same for families with a foreign national, a baby’s assessments and a prison sentence', () => {
    fc.assert(
      fc.property(inAnyOrder(familyPatternInPrisonLife), ({ facts, deliveries }) => {
        expect(verdicts(boardAfter(deliveries).board)).toEqual(verdicts(boardAfter(facts).board));
      }),
      { numRuns: 100, seed: 5 },
    );
  });

  // Found by the property, fixed in the alert decider: a rule's fact resolution follows its verdict
  // on the whole file. Her police custody (0.5 h) reaching the service after her admission (25 h)
  // moves the consular deadline 24.5 h earlier; the prison's offer at 100 h is 27 h 30 min late.
  it('say how late the prison’s consular offer came, though her police custody was recorded after her admission', () => {
    const facts = factsOfFamily({
      ...FAMILY_WITH_A_NEWBORN_LISTED_ALONE,
      personId: 'person-foreign',
      bornInCustody: null,
      foreign: { offeredByPoliceAfterHours: null, offeredByPrisonAfterHours: 100 },
    });
    const custody = facts.find((f) => f.type === 'TakenIntoPoliceCustody')!;
    const consular = (board: readonly StandingAlert[]) => board.filter((a) => a.ruleId === 'no-consular-contact').map((a) => a.lateByMinutes);
    expect(consular(boardAfter(facts).board)).toEqual([1650]);
    expect(consular(boardAfter([...facts.filter((f) => f !== custody), custody]).board)).toEqual([1650]);
  });

  it('leave no child who lives in prison with her parent with an open alert that she has no safe care', () => {
    fc.assert(
      fc.property(inAnyOrder(familyPatternInPrisonLife), ({ deliveries, pausesAfter }) => {
        const { board, service } = boardAfter(deliveries, pausesAfter);
        const inPrisonWithParent = familyViewOf(service.file()).children.filter((c) => c.inPrison.some((spell) => spell.left === null));
        const openWithoutCare = board.filter((a) => a.ruleId === 'child-without-safe-care' && a.status === 'open');
        for (const child of inPrisonWithParent) expect(openWithoutCare.filter((a) => a.childIds.some((id) => child.refs.includes(id)))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
