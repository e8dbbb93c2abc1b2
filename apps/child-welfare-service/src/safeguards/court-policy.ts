import type { OffenceClass } from '@safeguard/contracts';
import { BANGKOK, CRC, LICADHO, TOKYO } from './legal-sources';
import type { LegalSource, RulePolicy } from './rule-policy';
import type { ParentWords } from './rule-words';

export interface PretrialBelowThresholdPolicy extends RulePolicy {
  /** Detention is flagged when the most serious charge's maximum penalty is below this many months; a petty offence always is. */
  readonly minimumMaximumPenaltyMonths: number;
}

/** How long pre-trial detention may last for one offence class: the first order, and how far and how often it may be extended. */
export interface DetentionLimit {
  readonly initialMonths: number;
  readonly extensionMonths: number;
  readonly maxExtensions: number;
  /**
   * Never longer than this share of the most serious charge's minimum sentence, where the charge
   * states one (CCP art. 209: half, for a misdemeanour); null when the class has no such cap.
   */
  readonly shareOfMinimumPenalty: number | null;
}

export interface PretrialOverduePolicy extends RulePolicy {
  /** A class without an entry may not be held pre-trial at all (see `pretrial-below-threshold`). */
  readonly limits: Readonly<Partial<Record<OffenceClass, DetentionLimit>>>;
  /** Under this age at the arrest the adult limits do not apply; minors' limits are not modelled. */
  readonly adultAgeYears: number;
}

export interface HearingNotNotifiedPolicy extends RulePolicy {
  /** Days before the hearing by which the family must have been told. */
  readonly noticeDays: number;
  /** When the hearing is set closer than that, minutes after the scheduling by which they must have been told. */
  readonly shortNoticeWithinMinutes: number;
}

export interface DetainedPastSentencePolicy extends RulePolicy {
  /** Days past the end of her term after which the alert becomes critical: the miss grows each day she stays. */
  readonly criticalAfterDays: number;
  /**
   * What the jurisdiction's law does with a person whose sentence ends while a prosecutor's appeal
   * is pending, in words an alert can carry; null when the policy knows no rule that keeps her.
   * A template over the parent's words: the law keeps a father as it keeps a mother.
   */
  readonly pendingProsecutionAppeal: ((parent: ParentWords) => string) | null;
}

/** The pre-trial and trial safeguards' numbers and texts (catalogue 8–15). */
export interface CourtRulePolicies {
  readonly 'pretrial-without-family-inquiry': RulePolicy;
  readonly 'pretrial-grounds-missing': RulePolicy;
  readonly 'pretrial-below-threshold': PretrialBelowThresholdPolicy;
  readonly 'pretrial-overdue': PretrialOverduePolicy;
  readonly 'hearing-not-notified': HearingNotNotifiedPolicy;
  readonly 'custodial-without-alternatives': RulePolicy;
  readonly 'no-time-to-arrange-care': RulePolicy;
  readonly 'detained-past-sentence': DetainedPastSentencePolicy;
}

const CCP = {
  art203: {
    citation: 'CCP art. 203 (LICADHO 2015’s summary)',
    quote: 'in principle a charged person should remain at liberty',
    verified: 'secondary',
  },
  art204: { citation: 'CCP art. 204 (AHRC statement 2008)', quote: 'custodial sentence of one year or more', verified: 'secondary' },
  art205: {
    citation: 'CCP art. 205 (LICADHO 2015, footnote 16)',
    quote: 'pre-trial detention should only be ordered when necessary to stop the offense or prevent the offense from happening again',
    verified: 'secondary',
  },
  art208: { citation: 'CCP art. 208 (ICJ summary)', quote: 'up to 18 months', verified: 'secondary' },
  art209: { citation: 'CCP art. 209', quote: 'shall not exceed 4 (four) months… extend… only one time', verified: 'verified' },
  art209Half: { citation: 'CCP art. 209 (ICJ summary)', quote: 'half… the minimum sentence', verified: 'secondary' },
  art209Extension: { citation: 'CCP art. 209, length of the one extension (2 months)', quote: '', verified: 'not-verified' },
  art212to214: { citation: 'CCP art. 212–214 (minors; not modelled)', quote: '', verified: 'not-verified' },
} satisfies Record<string, LegalSource>;

const CONSTITUTION_38: LegalSource = {
  citation: 'Constitution of the Kingdom of Cambodia art. 38',
  quote: 'The prosecution, arrest, or detention of any person shall not be done except in accordance with the law.',
  verified: 'verified',
};
const ICCPR_9_1: LegalSource = { citation: 'ICCPR art. 9(1)', quote: '', verified: 'verified' };

/** Cambodian Code of Criminal Procedure (CCP), the UN Bangkok and Tokyo Rules, and the LICADHO 2015 report. */
export const cambodiaCourtRules: CourtRulePolicies = {
  'pretrial-without-family-inquiry': {
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis:
      'LICADHO 2015 and the Ministry of Justice guidelines: judges must know whether she is pregnant or has dependent children before ordering detention; CCP art. 203 (liberty the rule, detention the exception); Bangkok Rules 57–58; CRC art. 3',
    sources: [LICADHO.judgesKnowChildren, LICADHO.ministryGuidelines, CCP.art203, BANGKOK.rule57, BANGKOK.rule58, CRC.art3],
    benchmark: null,
  },
  'pretrial-grounds-missing': {
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis:
      'CCP art. 205 (the six grounds) and the reasoned order of the 2014 pre-trial detention forms; LICADHO 2015; Tokyo Rule 6.1 (detention a last resort)',
    sources: [CCP.art205, LICADHO.sixReasons, TOKYO.rule6_1],
    benchmark: null,
  },
  'pretrial-below-threshold': {
    minimumMaximumPenaltyMonths: 12,
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis: 'CCP art. 204 (pre-trial detention only for a felony or a misdemeanour punishable by one year or more); Tokyo Rule 6.1',
    sources: [CCP.art204, TOKYO.rule6_1],
    benchmark: null,
  },
  'pretrial-overdue': {
    limits: {
      // CCP art. 209: an adult charged with a misdemeanour, 4 months, extended only once (by 2: not verified), and
      // never more than half the minimum sentence.
      misdemeanour: { initialMonths: 4, extensionMonths: 2, maxExtensions: 1, shareOfMinimumPenalty: 0.5 },
      // CCP art. 208: an adult charged with a felony, 6 months, extended by 6 at most twice ("up to 18 months").
      felony: { initialMonths: 6, extensionMonths: 6, maxExtensions: 2, shareOfMinimumPenalty: null },
    },
    adultAgeYears: 18,
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis:
      'CCP art. 208 (felony: up to 18 months, extensions included) and art. 209 (misdemeanour: 4 months, extended only once, never beyond half the minimum sentence; the 2-month length of that extension is not verified); LICADHO 2015',
    sources: [CCP.art208, CCP.art209, CCP.art209Half, CCP.art209Extension, CCP.art212to214],
    benchmark: null,
  },
  'hearing-not-notified': {
    noticeDays: 7,
    shortNoticeWithinMinutes: 24 * 60,
    severity: 'medium',
    responsibleAgency: 'court',
    legalBasis:
      'LICADHO 2015: provide families with information about court hearings so the children understand what happens to their mother; Bangkok Rule 26 (not verified); 7-day and 24-hour benchmarks',
    sources: [LICADHO.hearings, BANGKOK.rule26],
    benchmark:
      'The 7 days before the hearing, and 24 hours after a hearing set at shorter notice: ours; no Cambodian text sets a notice period for the family.',
  },
  'custodial-without-alternatives': {
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis:
      'Bangkok Rules 57, 58 and 64 (non-custodial sentences preferred for pregnant women and women with dependent children unless the offence is serious or violent or she represents a continuing danger); Tokyo Rule 2.3; CRC art. 3; LICADHO 2015',
    sources: [BANGKOK.rule64, BANGKOK.rule57, BANGKOK.rule58, BANGKOK.rule60, TOKYO.rule2_3, TOKYO.rule8, CRC.art3, LICADHO.nonCustodialCandidates],
    benchmark: null,
  },
  'no-time-to-arrange-care': {
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis:
      'Bangkok Rule 2(2) (time to make arrangements for the children, including a reasonable suspension of detention); LICADHO 2015: time to arrange childcare between sentencing and imprisonment',
    sources: [BANGKOK.rule2_2, LICADHO.timeBeforeImprisonment],
    benchmark: null,
  },
  'detained-past-sentence': {
    severity: 'high',
    criticalAfterDays: 7,
    pendingProsecutionAppeal: (p) =>
      `While a prosecutor’s appeal is pending, Cambodian law keeps ${p.object} detained even past the end of ${p.possessive} sentence, or after an acquittal if held before trial (LICADHO 2015, footnote 11): ${p.possessive} detention is the report’s concern, not a breach of the CCP.`,
    responsibleAgency: 'prison',
    legalBasis:
      'Constitution of Cambodia art. 38 (no detention except in accordance with the law); ICCPR art. 9(1); LICADHO 2015 on prisoners held past their sentence; 7-day escalation benchmark',
    sources: [CONSTITUTION_38, ICCPR_9_1, LICADHO.prosecutionAppeal],
    benchmark: 'The alert turns critical 7 days past the end of her term: ours; the law sets no grace period.',
  },
};

const HUMPHREY: LegalSource = {
  citation: 'In re Humphrey (2021) 11 Cal.5th 135, as quoted in In re Brown (2022)',
  quote: 'clear and convincing evidence that no condition short of detention could suffice',
  verified: 'secondary',
};

/** California's own numbers; where California has no rule, a benchmark says so. */
export const californiaCourtRules: CourtRulePolicies = {
  'pretrial-without-family-inquiry': {
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis:
      'In re Humphrey (2021) 11 Cal.5th 135 (detention only on clear and convincing evidence that no condition short of detention could suffice); the family inquiry itself is a benchmark from Bangkok Rules 57–58',
    sources: [HUMPHREY, BANGKOK.rule57, BANGKOK.rule58],
    benchmark:
      'Asking about dependants before detention: Bangkok Rules 57–58 and LICADHO 2015; Humphrey requires individual findings, not this inquiry.',
  },
  'pretrial-grounds-missing': {
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis: 'Cal. Const. art. I §12 and In re Humphrey (2021) 11 Cal.5th 135 (findings stated on the record by clear and convincing evidence)',
    sources: [HUMPHREY, { citation: 'Cal. Const. art. I §12(b), as read in In re Harris', quote: '', verified: 'verified' }],
    benchmark: null,
  },
  'pretrial-below-threshold': {
    // A misdemeanour carries at most one year (PC §19, §19.2): 13 months catches every misdemeanour.
    minimumMaximumPenaltyMonths: 13,
    severity: 'medium',
    responsibleAgency: 'court',
    legalBasis:
      'Benchmark for review: California Penal Code §1270(a) releases a misdemeanour defendant on own recognizance unless the court makes a finding on the record, so such a detention may be lawful; §19 and §19.2',
    sources: [
      { citation: 'California Penal Code §1270(a)', quote: 'unless the court makes a finding on the record', verified: 'verified' },
      { citation: 'California Penal Code §19 and §19.2', quote: '', verified: 'verified' },
    ],
    benchmark:
      'The 13 months (flagging every detention on a misdemeanour): ours; §1270(a) allows detention on a finding on the record, so the alert asks for review, it does not report a breach.',
  },
  'pretrial-overdue': {
    // California has no maximum detention; its speedy-trial clocks, rounded up to months, are the benchmark, with no
    // extensions (a continuance for good cause or a time waiver is not modelled).
    limits: {
      // PC §1382(a)(3): a misdemeanour defendant in custody is tried within 30 days of arraignment.
      misdemeanour: { initialMonths: 1, extensionMonths: 0, maxExtensions: 0, shareOfMinimumPenalty: null },
      // PC §859b (preliminary examination within 10 court days), §739 (information within 15 days), §1382(a)(2) (trial within 60 days).
      felony: { initialMonths: 3, extensionMonths: 0, maxExtensions: 0, shareOfMinimumPenalty: null },
    },
    adultAgeYears: 18,
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis:
      'Benchmark, not a detention maximum: California Penal Code §1382 (trial within 60 days for a felony, 30 days for a misdemeanour in custody), §859b and §739, rounded up to 3 and 1 months',
    sources: [
      { citation: 'California Penal Code §859b', quote: '10 court days', verified: 'verified' },
      { citation: 'California Penal Code §1382(a) (leginfo AB 250 text; People v. Baca)', quote: '', verified: 'verified' },
      { citation: 'California Penal Code §739 (Ciaccio v. Superior Court)', quote: '', verified: 'verified' },
    ],
    benchmark:
      'The 1 month (misdemeanour) and 3 months (felony): California’s speedy-trial clocks rounded up to months; California sets no maximum pre-trial detention.',
  },
  'hearing-not-notified': {
    noticeDays: 7,
    shortNoticeWithinMinutes: 24 * 60,
    severity: 'low',
    responsibleAgency: 'court',
    legalBasis:
      'Benchmark from LICADHO 2015 and Bangkok Rule 26 (not verified); California sets no notice to a defendant’s family; 7-day and 24-hour benchmarks',
    sources: [LICADHO.hearings, BANGKOK.rule26],
    benchmark:
      'The notice itself, 7 days before the hearing or 24 hours after a short-notice setting: ours; California sets no notice to the family.',
  },
  'custodial-without-alternatives': {
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis:
      'Cal. Rules of Court, rule 4.414(b)(5) (the likely effect of imprisonment on the defendant and her dependants weighed before denying probation)',
    sources: [{ citation: 'Cal. Rules of Court, rule 4.414(b)(5)', quote: 'effect of imprisonment on… dependents', verified: 'verified' }],
    benchmark: null,
  },
  'no-time-to-arrange-care': {
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis: 'Benchmark from Bangkok Rule 2(2); no California statute found requires time to arrange care before a prison term begins',
    sources: [BANGKOK.rule2_2, { citation: 'California courts’ stay of execution for a surrender date', quote: '', verified: 'not-verified' }],
    benchmark: 'Time to arrange the children’s care before the term starts: Bangkok Rule 2(2)’s standard; California law found sets none.',
  },
  'detained-past-sentence': {
    severity: 'high',
    criticalAfterDays: 3,
    // No California rule keeping a person past her term during the People's appeal is known to this policy.
    pendingProsecutionAppeal: null,
    responsibleAgency: 'prison',
    legalBasis: 'California Penal Code §2900.5 (all days in custody credited to the term); habeas corpus, PC §1473; 3-day escalation benchmark',
    sources: [
      { citation: 'California Penal Code §2900.5', quote: 'all days of custody… credited', verified: 'verified' },
      { citation: 'California Penal Code §1473', quote: '', verified: 'verified' },
    ],
    benchmark: 'The alert turns critical 3 days past the end of her term: ours; the law sets no grace period.',
  },
};
