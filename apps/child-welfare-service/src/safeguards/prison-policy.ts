import type { HolidayCalendar } from './court-calendar';
import { BANGKOK, CCR_15_3170, CRC, LICADHO, MANDELA, VCCR_36 } from './legal-sources';
import type { LegalSource, RulePolicy } from './rule-policy';

export interface WithinHoursPolicy extends RulePolicy {
  /** Hours after the triggering fact by which the safeguard must be recorded. */
  readonly withinHours: number;
}

export interface ChildInPrisonPolicy extends RulePolicy {
  /** Longest time a child living in prison may go without an individual assessment. */
  readonly assessEveryDays: number;
  /** Age at which a child may no longer live in prison with the parent. */
  readonly ageLimitYears: number;
  /** How long before that birthday a referral or placement plan counts as made for it. */
  readonly planLeadDays: number;
}

export interface ContactPolicy extends RulePolicy {
  /** Longest time a parent may go without a visit or call with a child outside. */
  readonly withinDays: number;
}

export interface ReleasePreparationPolicy extends RulePolicy {
  /** Days before the release by which the children's caregiver must have been told. */
  readonly daysBeforeRelease: number;
  /** When the release comes sooner than that (a pardon), hours after it was scheduled. */
  readonly withinHoursWhenSooner: number;
}

export interface ConsularContactPolicy extends WithinHoursPolicy {
  /** The jurisdiction's own nationality (ISO 3166 alpha-2): anyone else is a foreign national. */
  readonly nationality: string;
}

export interface PoliceCustodyPolicy extends WithinHoursPolicy {
  /** The longest police custody an extension can authorise, counted from custody; equal to `withinHours` where the law knows no extension. */
  readonly maxExtendedHours: number;
  /** An extension counts only when the case is a felony (CCP art. 96); an extension on a lesser charge leaves the first limit in force. */
  readonly extensionOnlyForFelony: boolean;
  /** What a lawful extension needs, in words an alert can carry; null where the law knows no extension. */
  readonly extensionRequires: string | null;
  /**
   * The hours run only on days that are neither Sundays nor holidays of `holidayCalendar`, in the
   * policy's time zone (California Penal Code §825); otherwise straight through.
   */
  readonly excludeSundaysAndHolidays: boolean;
  /** The holidays excluded when `excludeSundaysAndHolidays` is set (see court-calendar.ts); null otherwise. */
  readonly holidayCalendar: HolidayCalendar | null;
}

/** The prison safeguards' numbers and texts, and the others the catalogue lists (16–26). */
export interface PrisonRulePolicies {
  readonly 'children-not-recorded-at-admission': WithinHoursPolicy;
  readonly 'child-in-prison-assessment-overdue': ChildInPrisonPolicy;
  readonly 'child-visit-fee-charged': RulePolicy;
  readonly 'no-parent-child-contact': ContactPolicy;
  readonly 'transfer-not-notified': WithinHoursPolicy;
  readonly 'medical-not-notified': WithinHoursPolicy;
  readonly 'release-not-prepared': ReleasePreparationPolicy;
  readonly 'care-changed-without-parent': RulePolicy;
  readonly 'no-consular-contact': ConsularContactPolicy;
  readonly 'police-custody-overdue': PoliceCustodyPolicy;
  readonly 'contact-banned-as-sanction': RulePolicy;
}

const CCP_96 = {
  hours: {
    citation: 'Cambodian Code of Criminal Procedure art. 96',
    quote:
      'The duration in police custody shall be 48 (forty eight) hours. The duration shall commence from the time when the detained person arrives at the police or Royal Gendarmeries Unit.',
    verified: 'verified',
  },
  extension: {
    citation: 'Cambodian Code of Criminal Procedure art. 96',
    quote:
      'In the case of a felony, when there is a lead which shows that the detained person is guilty, the judicial police officers may extend the duration of the police custody … The motive and written permission for an extension of the duration of the police custody shall be included into the case file.',
    verified: 'verified',
  },
  extensionLength: {
    citation: 'Cambodian Code of Criminal Procedure art. 96, length of the extension (24 hours)',
    quote: '',
    verified: 'not-verified',
  },
} satisfies Record<string, LegalSource>;

const PRISONS_LAW_AGE: LegalSource = {
  citation: 'Cambodian Law on Prisons 2011 (press coverage of LICADHO 2015, menafn.com; the article itself not found)',
  quote: 'legally permitted age of three',
  verified: 'secondary',
};

/** The UN Bangkok Rules, Cambodian law and the LICADHO 2015 report. */
export const cambodiaPrisonRules: PrisonRulePolicies = {
  'children-not-recorded-at-admission': {
    withinHours: 24,
    severity: 'medium',
    responsibleAgency: 'prison',
    legalBasis:
      'Bangkok Rule 3(1): the number and details of her children recorded at the time of admission; LICADHO 2015: prisons keep accurate records of mothers’ children; 24-hour benchmark',
    sources: [BANGKOK.rule3_1, LICADHO.prisonRecords],
    benchmark: 'The 24 hours for "at the time of admission": ours.',
  },
  'child-in-prison-assessment-overdue': {
    assessEveryDays: 90,
    ageLimitYears: 3,
    planLeadDays: 90,
    severity: 'high',
    responsibleAgency: 'prison',
    legalBasis:
      'Bangkok Rules 49–52: individual assessment and best-interests decisions for children living in prison; Cambodian Law on Prisons 2011: children up to the age of three (secondary source); LICADHO 2015: referral guidelines for children over three; 90-day benchmarks',
    sources: [BANGKOK.rule49, BANGKOK.rule52, PRISONS_LAW_AGE, LICADHO.childAssessments, LICADHO.overThree],
    benchmark:
      'An assessment every 90 days and a plan 90 days before the age limit: ours; the Bangkok Rules ask for ongoing assessment without a number.',
  },
  'child-visit-fee-charged': {
    severity: 'high',
    responsibleAgency: 'prison',
    legalBasis: 'LICADHO 2015: lift all fees for children visiting their mothers and allow physical contact; Bangkok Rules 26 and 28 (not verified)',
    sources: [LICADHO.liftFees, BANGKOK.rule26, BANGKOK.rule28],
    benchmark: null,
  },
  'no-parent-child-contact': {
    withinDays: 30,
    severity: 'medium',
    responsibleAgency: 'prison',
    legalBasis:
      'LICADHO 2015: mothers must be able to telephone their children regularly; Bangkok Rule 26 (not verified); Nelson Mandela Rule 58 (secondary source); 30-day benchmark',
    sources: [LICADHO.telephone, BANGKOK.rule26, MANDELA.rule58],
    benchmark: 'The 30 days for "regular" contact: ours; no instrument gives a number.',
  },
  'transfer-not-notified': {
    withinHours: 24,
    severity: 'medium',
    responsibleAgency: 'prison',
    legalBasis:
      'LICADHO 2015: keep families informed of changes to the place of detention; Nelson Mandela Rule 68 (secondary source); 24-hour benchmark',
    sources: [LICADHO.keepInformed, MANDELA.rule68],
    benchmark: 'The 24 hours: ours; LICADHO asks for "proper efforts" and sets no time.',
  },
  'medical-not-notified': {
    withinHours: 24,
    severity: 'high',
    responsibleAgency: 'prison',
    legalBasis:
      'LICADHO 2015: keep families informed of any medical concerns; Nelson Mandela Rules 68–69 (not verified for illness); 24-hour benchmark',
    sources: [LICADHO.keepInformed, MANDELA.rule68, MANDELA.rule69],
    benchmark: 'The 24 hours: ours; no source found sets a time.',
  },
  'release-not-prepared': {
    daysBeforeRelease: 14,
    withinHoursWhenSooner: 24,
    severity: 'medium',
    responsibleAgency: 'prison',
    legalBasis:
      'LICADHO 2015: the right family members informed in advance of scheduled release dates so the children can be prepared; Bangkok Rules 45–47 by analogy (release preparation); 14-day and 24-hour benchmarks',
    sources: [LICADHO.releaseInAdvance, BANGKOK.rule45],
    benchmark: 'The 14 days before the release, or 24 hours after a release set sooner: ours, for LICADHO’s "in advance".',
  },
  'care-changed-without-parent': {
    severity: 'medium',
    responsibleAgency: 'prison',
    legalBasis:
      'LICADHO 2015: mothers may review childcare arrangements and have input in decisions on their children’s care; CRC art. 9 and 12; Bangkok Rule 52 by analogy (it governs a child living in prison)',
    sources: [LICADHO.reviewCare, CRC.art12, BANGKOK.rule52],
    benchmark: null,
  },
  'no-consular-contact': {
    withinHours: 72,
    nationality: 'KH',
    severity: 'high',
    responsibleAgency: 'prison',
    legalBasis:
      'Vienna Convention on Consular Relations art. 36(1)(b): informed without delay of the right to consular contact; LICADHO 2015: special measures for foreign nationals; 72-hour benchmark',
    sources: [VCCR_36, LICADHO.foreignNationals],
    benchmark: 'The 72 hours for "without delay": ours.',
  },
  'police-custody-overdue': {
    withinHours: 48,
    maxExtendedHours: 72,
    extensionOnlyForFelony: true,
    extensionRequires:
      'a felony case, a lead showing she is guilty and a need of the investigation; the extension submitted to the prosecutor, who confirms its merits, with the motive and the prosecutor’s written permission in the case file (CCP art. 96)',
    excludeSundaysAndHolidays: false,
    holidayCalendar: null,
    severity: 'critical',
    responsibleAgency: 'police',
    legalBasis:
      'Cambodian Code of Criminal Procedure art. 96: police custody of 48 hours from her arrival at the police unit, extendable only in a felony case with the prosecutor’s written permission; the 24-hour length of the extension is not verified',
    sources: [CCP_96.hours, CCP_96.extension, CCP_96.extensionLength],
    benchmark: null,
  },
  'contact-banned-as-sanction': {
    severity: 'high',
    responsibleAgency: 'prison',
    legalBasis: 'Bangkok Rule 23: disciplinary sanctions for women shall not include a prohibition of family contact, especially with children',
    sources: [BANGKOK.rule23],
    benchmark: null,
  },
};

const CA_834C: LegalSource = {
  citation: 'California Penal Code §834c(a)(1)',
  quote:
    'every peace officer, upon arrest and booking or detention for more than two hours of a known or suspected foreign national, shall advise the foreign national that he or she has a right to communicate with an official from the consulate',
  verified: 'verified',
};

/** California's own numbers; where California has no rule of its own the benchmark is said so. */
export const californiaPrisonRules: PrisonRulePolicies = {
  'children-not-recorded-at-admission': {
    ...cambodiaPrisonRules['children-not-recorded-at-admission'],
    legalBasis:
      'Bangkok Rule 3(1) (benchmark; no California statute found sets an hour count): the number and details of her children recorded at the time of admission; 24-hour benchmark',
    sources: [BANGKOK.rule3_1],
    benchmark: 'The record itself and its 24 hours: Bangkok Rule 3(1) and ours; no California statute found requires it.',
  },
  'child-in-prison-assessment-overdue': {
    assessEveryDays: 90,
    // The Community Prisoner Mother Program takes children under six.
    ageLimitYears: 6,
    planLeadDays: 90,
    severity: 'high',
    responsibleAgency: 'prison',
    legalBasis:
      'California Penal Code §3411 and §3421 (Community Prisoner Mother Program: children under the age of six years); Bangkok Rules 49–52; 90-day benchmarks',
    sources: [
      { citation: 'California Penal Code §3411', quote: 'under the age of six years', verified: 'verified' },
      { citation: 'California Penal Code §3421', quote: '', verified: 'verified' },
      BANGKOK.rule52,
    ],
    benchmark: 'An assessment every 90 days and a plan 90 days before the sixth birthday: ours, from the Bangkok Rules’ ongoing assessment.',
  },
  'child-visit-fee-charged': {
    ...cambodiaPrisonRules['child-visit-fee-charged'],
    legalBasis:
      'Cal. Code Regs. tit. 15, §3170 (visiting maintains family connections; no-contact devices not normally used); free child visits with contact are a benchmark from LICADHO 2015',
    sources: [CCR_15_3170.purpose, CCR_15_3170.contact, LICADHO.liftFees],
    benchmark: 'Free child visits: LICADHO 2015’s recommendation; no California rule found sets one on fees.',
  },
  'no-parent-child-contact': {
    ...cambodiaPrisonRules['no-parent-child-contact'],
    legalBasis:
      'Cal. Code Regs. tit. 15, §3170 (visiting maintains family and community connections); 30-day benchmark from LICADHO 2015 and Bangkok Rule 26',
    sources: [CCR_15_3170.purpose, LICADHO.telephone, BANGKOK.rule26],
    benchmark: 'Contact every 30 days: ours; California sets no frequency of family contact.',
  },
  'transfer-not-notified': {
    ...cambodiaPrisonRules['transfer-not-notified'],
    legalBasis:
      'Nelson Mandela Rule 68 (benchmark; no California statute found sets an hour count): the family informed of a transfer; 24-hour benchmark',
    sources: [LICADHO.keepInformed, MANDELA.rule68],
    benchmark: 'The notice and its 24 hours: Nelson Mandela Rule 68 and ours.',
  },
  'medical-not-notified': {
    ...cambodiaPrisonRules['medical-not-notified'],
    legalBasis:
      'Benchmark from LICADHO 2015 and Nelson Mandela Rules 68–69 (not verified for illness): the family informed of a serious illness or injury; 24-hour benchmark',
    sources: [LICADHO.keepInformed, MANDELA.rule68, MANDELA.rule69],
    benchmark: 'The notice and its 24 hours: ours; no California statute found sets them.',
  },
  'release-not-prepared': {
    ...cambodiaPrisonRules['release-not-prepared'],
    legalBasis: 'Bangkok Rules 45–47 by analogy (release preparation): the children’s caregiver told of the release; 14-day and 24-hour benchmarks',
    sources: [BANGKOK.rule45, LICADHO.releaseInAdvance],
    benchmark: 'The 14 days before the release, or 24 hours after a release set sooner: ours.',
  },
  'care-changed-without-parent': {
    ...cambodiaPrisonRules['care-changed-without-parent'],
    legalBasis:
      'California Penal Code §2625 (notice and presence only at proceedings terminating parental rights or dependency proceedings); other changes of care are a benchmark from LICADHO 2015 and Bangkok Rule 52 by analogy',
    sources: [
      { citation: 'California Penal Code §2625 (AB 651 digest)', quote: 'terminating their parental rights', verified: 'secondary' },
      LICADHO.reviewCare,
      BANGKOK.rule52,
    ],
    benchmark:
      'The parent consulted on every change of carer or home: LICADHO 2015; §2625 covers only court proceedings to terminate parental rights or on dependency.',
  },
  'no-consular-contact': {
    withinHours: 2,
    nationality: 'US',
    severity: 'high',
    // §834c puts the duty on the peace officer.
    responsibleAgency: 'police',
    legalBasis:
      'California Penal Code §834c: a peace officer advises a known or suspected foreign national of the right to consular contact upon arrest and booking, or once detention passes two hours (no period is set after that); Vienna Convention art. 36; 2-hour benchmark',
    sources: [CA_834C, VCCR_36],
    benchmark:
      'The 2 hours after custody: ours, for "upon arrest and booking"; §834c sets no time limit, its two hours are when the duty arises for a detention without booking.',
  },
  'police-custody-overdue': {
    withinHours: 48,
    // §825 knows no police extension: an extension on file changes nothing.
    maxExtendedHours: 48,
    extensionOnlyForFelony: false,
    extensionRequires: null,
    excludeSundaysAndHolidays: true,
    holidayCalendar: 'california-judicial',
    severity: 'critical',
    responsibleAgency: 'police',
    legalBasis:
      'California Penal Code §825: taken before a magistrate without unnecessary delay and within 48 hours of arrest, excluding Sundays and holidays',
    sources: [
      {
        citation: 'California Penal Code §825(a)(1)',
        quote: 'within 48 hours after his or her arrest, excluding Sundays and holidays',
        verified: 'verified',
      },
    ],
    benchmark: null,
  },
  'contact-banned-as-sanction': {
    ...cambodiaPrisonRules['contact-banned-as-sanction'],
    legalBasis: 'Bangkok Rule 23 (a benchmark for California): a disciplinary sanction shall not prohibit family contact, especially with children',
    sources: [BANGKOK.rule23],
    benchmark: 'No California rule found; Bangkok Rule 23 is applied as a benchmark.',
  },
};
