import type { OffenceClass } from '@safeguard/contracts';
import { durationWords } from '../safeguards/rule-words';
import type { SafeguardPolicy } from '../safeguards/policy';
import type { RuleId } from '../safeguards/rule-catalogue';

/** One number of a rule as a monitor reads it, with the same duration for machines. */
export interface DeadlineTerm {
  /** "3 h after the arrest", "7 days before the hearing". */
  readonly words: string;
  /** ISO 8601 duration (PT3H, P7D, P6M); null for a rule owed at once or a number that is no duration (an age, a threshold). */
  readonly duration: string | null;
}

type Rules = SafeguardPolicy['rules'];

const OFFENCE_CLASSES: readonly OffenceClass[] = ['felony', 'misdemeanour', 'petty-offence'];

const minutes = (m: number, after: string): DeadlineTerm => ({
  words: `${durationWords(m)} ${after}`,
  duration: m % 60 === 0 ? `PT${m / 60}H` : `PT${m}M`,
});
const hours = (h: number, after: string): DeadlineTerm => minutes(h * 60, after);
const days = (d: number, after: string): DeadlineTerm => ({ words: `${d} ${d === 1 ? 'day' : 'days'} ${after}`, duration: `P${d}D` });
const atOnce = (when: string): DeadlineTerm[] => [{ words: when, duration: null }];
const plain = (words: string): DeadlineTerm => ({ words, duration: null });

/**
 * Each rule's deadlines and thresholds in the policy's numbers, worded as the README's catalogue
 * words them. A Record over every rule id, so a new rule cannot be listed without its terms.
 */
const TERMS: { readonly [R in RuleId]: (rule: Rules[R]) => DeadlineTerm[] } = {
  'dependants-not-asked-at-arrest': (r) => [minutes(r.withinMinutes, 'after the arrest')],
  'child-without-safe-care': () => atOnce('at once, when a child is recorded without safe care'),
  'custody-before-care-arranged': () => atOnce('at custody, when no care is arranged yet'),
  'no-family-contact': (r) => [minutes(r.withinMinutes, 'after custody')],
  'child-details-missing': (r) => [minutes(r.withinMinutes, 'after the screening')],
  'child-not-told': (r) => [
    minutes(r.presentWithinMinutes, 'after the arrest, for a child present'),
    minutes(r.notPresentWithinMinutes, 'after the arrest, for a child elsewhere'),
    plain(`children aged ${r.fromAgeYears} or more`),
  ],
  'arrest-conduct-review': () => atOnce('at the arrest (for review)'),
  'pretrial-without-family-inquiry': () => atOnce('at the detention order'),
  'pretrial-grounds-missing': () => atOnce('at the detention order'),
  'pretrial-below-threshold': (r) => [plain(`at the order, when the maximum penalty is under ${r.minimumMaximumPenaltyMonths} months`)],
  'pretrial-overdue': (r) =>
    OFFENCE_CLASSES.flatMap((offenceClass) => {
      const limit = r.limits[offenceClass];
      if (!limit) return [];
      const extended = limit.maxExtensions > 0 ? ` + ${limit.maxExtensions} × ${limit.extensionMonths}` : '';
      const cap =
        limit.shareOfMinimumPenalty === null
          ? ''
          : `, never past ${limit.shareOfMinimumPenalty === 0.5 ? 'half' : `${limit.shareOfMinimumPenalty} ×`} the minimum sentence`;
      const unit = extended === '' && limit.initialMonths === 1 ? 'month' : 'months';
      return [
        {
          words: `${offenceClass}: ${limit.initialMonths}${extended} ${unit} of pre-trial detention${cap}`,
          duration: `P${limit.initialMonths + limit.maxExtensions * limit.extensionMonths}M`,
        },
      ];
    }),
  'hearing-not-notified': (r) => [days(r.noticeDays, 'before the hearing'), minutes(r.shortNoticeWithinMinutes, 'after it was set, when set sooner')],
  'custodial-without-alternatives': () => atOnce('at the sentence'),
  'no-time-to-arrange-care': () => atOnce('at the sentence'),
  'detained-past-sentence': (r) => [plain('at the end of the term'), days(r.criticalAfterDays, 'later it becomes critical')],
  'children-not-recorded-at-admission': (r) => [hours(r.withinHours, 'after admission')],
  'child-in-prison-assessment-overdue': (r) => [
    days(r.assessEveryDays, 'between assessments'),
    days(r.planLeadDays, `before the child turns ${r.ageLimitYears}, a plan`),
  ],
  'child-visit-fee-charged': () => atOnce('at the visit'),
  'no-parent-child-contact': (r) => [days(r.withinDays, 'between visits or calls')],
  'transfer-not-notified': (r) => [hours(r.withinHours, 'after the move')],
  'medical-not-notified': (r) => [hours(r.withinHours, 'after the event')],
  'release-not-prepared': (r) => [days(r.daysBeforeRelease, 'before the release'), hours(r.withinHoursWhenSooner, 'after it was set, when sooner')],
  'care-changed-without-parent': () => atOnce('at the change'),
  'no-consular-contact': (r) => [hours(r.withinHours, 'after custody')],
  'police-custody-overdue': (r) => [
    hours(r.withinHours, r.excludeSundaysAndHolidays ? 'from custody, Sundays and holidays not counted' : 'from custody'),
    ...(r.maxExtendedHours > r.withinHours
      ? [hours(r.maxExtendedHours, r.extensionOnlyForFelony ? 'with an extension, for a felony' : 'with an extension')]
      : []),
  ],
  'contact-banned-as-sanction': () => atOnce('at the sanction'),
};

/** The terms of one rule under a policy. */
export function deadlineTerms(policy: SafeguardPolicy, ruleId: RuleId): DeadlineTerm[] {
  // Each entry of TERMS reads its own rule's policy: the id picks both, so they always match.
  const terms = TERMS[ruleId] as (rule: Rules[RuleId]) => DeadlineTerm[];
  return terms(policy.rules[ruleId]);
}
