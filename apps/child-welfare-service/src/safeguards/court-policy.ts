import type { OffenceClass } from '@safeguard/contracts';
import type { RulePolicy } from './rule-policy';

export interface PretrialBelowThresholdPolicy extends RulePolicy {
  /** Detention is flagged when the most serious charge's maximum penalty is below this many months; a petty offence always is. */
  readonly minimumMaximumPenaltyMonths: number;
}

/** How long pre-trial detention may last for one offence class: the first order, and how far and how often it may be extended. */
export interface DetentionLimit {
  readonly initialMonths: number;
  readonly extensionMonths: number;
  readonly maxExtensions: number;
  /** When set, never longer than this share of the most serious charge's minimum sentence, where the charge states one (CCP art. 209: half). */
  readonly shareOfMinimumPenalty?: number;
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

/** Cambodian Code of Criminal Procedure (CCP), the UN Bangkok and Tokyo Rules, and the LICADHO 2015 report. */
export const cambodiaCourtRules: CourtRulePolicies = {
  'pretrial-without-family-inquiry': {
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis:
      'LICADHO 2015: judges must know whether she is pregnant or has dependent children before ordering detention; CCP art. 203 (detention is an exception); Bangkok Rules 57–58; CRC art. 3',
  },
  'pretrial-grounds-missing': {
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis: 'CCP art. 205 (the six grounds) and the reasoned order of the 2014 pre-trial detention forms; LICADHO 2015; Tokyo Rule 6.1',
  },
  'pretrial-below-threshold': {
    // CCP art. 204: only a felony, or a misdemeanour punishable by one year or more, may lead to pre-trial detention.
    minimumMaximumPenaltyMonths: 12,
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis: 'CCP art. 204 (pre-trial detention only for a felony or a misdemeanour punishable by one year or more); Tokyo Rule 6.1',
  },
  'pretrial-overdue': {
    limits: {
      // CCP art. 209: an adult charged with a misdemeanour, 4 months, extended once by 2, and never more than half the
      // minimum sentence (the half from ICJ's summary of art. 209, a secondary source).
      misdemeanour: { initialMonths: 4, extensionMonths: 2, maxExtensions: 1, shareOfMinimumPenalty: 0.5 },
      // CCP art. 208: an adult charged with a felony, 6 months, extended by 6 at most twice.
      felony: { initialMonths: 6, extensionMonths: 6, maxExtensions: 2 },
    },
    // CCP art. 212–214 set shorter limits for minors; they are not modelled here.
    adultAgeYears: 18,
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis: 'CCP art. 208–209 (the longest pre-trial detention for an adult, extensions included); LICADHO 2015 on mothers held past these limits',
  },
  'hearing-not-notified': {
    // No Cambodian text sets a notice period for the family; 7 days and 24 h are benchmarks.
    noticeDays: 7,
    shortNoticeWithinMinutes: 24 * 60,
    severity: 'medium',
    responsibleAgency: 'court',
    legalBasis:
      'LICADHO 2015: provide families with information about court hearings so the children understand what happens to their mother; Bangkok Rule 26; 7-day benchmark',
  },
  'custodial-without-alternatives': {
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis:
      'Bangkok Rules 57, 58, 60 and 64 (non-custodial sentences preferred for pregnant women and women with dependent children unless the offence is serious or violent); Tokyo Rules 2.3 and 8; CRC art. 3; LICADHO 2015',
  },
  'no-time-to-arrange-care': {
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis: 'Bangkok Rule 2(2) (time to make arrangements for the children, including a reasonable suspension of detention); LICADHO 2015',
  },
  'detained-past-sentence': {
    severity: 'high',
    // A benchmark: a week held without a legal basis is treated as critical.
    criticalAfterDays: 7,
    responsibleAgency: 'prison',
    legalBasis: 'Constitution of Cambodia art. 38 (no detention except in accordance with the law); ICCPR art. 9(1); LICADHO 2015 on prisoners held past their sentence',
  },
};

/** California's own numbers; where California has no rule, a benchmark says so. */
export const californiaCourtRules: CourtRulePolicies = {
  'pretrial-without-family-inquiry': {
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis:
      'In re Humphrey (2021) 11 Cal.5th 135 (detention only when no less restrictive condition will do, on individual findings); the family inquiry itself is a benchmark from Bangkok Rules 57–58',
  },
  'pretrial-grounds-missing': {
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis: 'Cal. Const. art. I §12 and In re Humphrey (2021) 11 Cal.5th 135 (findings stated on the record by clear and convincing evidence)',
  },
  'pretrial-below-threshold': {
    // Misdemeanours carry at most one year (PC §19, §19.2) and a presumption of release on own recognizance (PC §1270(a)).
    minimumMaximumPenaltyMonths: 13,
    severity: 'medium',
    responsibleAgency: 'court',
    legalBasis: 'California Penal Code §1270(a) (a misdemeanour defendant is released on own recognizance unless the court finds otherwise on the record); §19 and §19.2',
  },
  'pretrial-overdue': {
    // California has no maximum detention; its speedy-trial clocks are used as a benchmark, rounded up to months,
    // with no extensions (a continuance for good cause or a time waiver is not modelled).
    limits: {
      // PC §1382(a)(3): a misdemeanour defendant in custody is tried within 30 days of arraignment.
      misdemeanour: { initialMonths: 1, extensionMonths: 0, maxExtensions: 0 },
      // PC §859b (preliminary examination within 10 court days), §739 (information within 15 days), §1382(a)(2) (trial within 60 days).
      felony: { initialMonths: 3, extensionMonths: 0, maxExtensions: 0 },
    },
    adultAgeYears: 18,
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis: 'California Penal Code §1382 (trial within 60 days for a felony, 30 days for a misdemeanour in custody) and §859b; benchmark, not a detention maximum',
  },
  'hearing-not-notified': {
    // No California rule requires notice to a defendant's family; benchmark.
    noticeDays: 7,
    shortNoticeWithinMinutes: 24 * 60,
    severity: 'low',
    responsibleAgency: 'court',
    legalBasis: 'Benchmark from Bangkok Rule 26 and LICADHO 2015; California sets no notice to a defendant’s family',
  },
  'custodial-without-alternatives': {
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis: 'Cal. Rules of Court, rule 4.414(b)(5) (the likely effect of imprisonment on the defendant and her dependants weighed before denying probation)',
  },
  'no-time-to-arrange-care': {
    severity: 'high',
    responsibleAgency: 'court',
    legalBasis: 'Benchmark from Bangkok Rule 2(2); California courts may stay execution of a sentence for a surrender date, no statute requires it',
  },
  'detained-past-sentence': {
    severity: 'high',
    // A benchmark: California's habeas courts act within days; three days past the term is critical here.
    criticalAfterDays: 3,
    responsibleAgency: 'prison',
    legalBasis: 'California Penal Code §2900.5 (all days in custody credited to the term); habeas corpus, PC §1473',
  },
};
