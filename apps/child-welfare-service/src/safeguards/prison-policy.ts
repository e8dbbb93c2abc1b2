import type { RulePolicy } from './rule-policy';

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
  /** The longest police custody an extension can authorise, counted from custody. */
  readonly maxExtendedHours: number;
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

/** The UN Bangkok Rules, Cambodian law and the LICADHO 2015 report. */
export const cambodiaPrisonRules: PrisonRulePolicies = {
  'children-not-recorded-at-admission': {
    // Bangkok Rule 3 says "on admission" with no hour count; 24 h is our benchmark for "on admission".
    withinHours: 24,
    severity: 'medium',
    responsibleAgency: 'prison',
    legalBasis: 'Bangkok Rule 3: the number and details of her children recorded on admission; LICADHO 2015: prisons should keep accurate records of mothers’ children; 24-hour benchmark',
  },
  'child-in-prison-assessment-overdue': {
    // Bangkok Rules 51–52 ask for ongoing individual assessment without a number; 90 days is a benchmark.
    assessEveryDays: 90,
    // Cambodian Law on Prisons (2011): a child may live with the mother in prison until the age of three.
    ageLimitYears: 3,
    planLeadDays: 90,
    severity: 'high',
    responsibleAgency: 'prison',
    legalBasis: 'Bangkok Rules 49–52: individual assessment and best-interests decisions for children living in prison; Cambodian Law on Prisons 2011 (children up to three); LICADHO 2015: referral and placement guidelines for children over three; 90-day benchmark',
  },
  'child-visit-fee-charged': {
    severity: 'high',
    responsibleAgency: 'prison',
    legalBasis: 'LICADHO 2015: lift all fees for children visiting their mothers and allow physical contact; Bangkok Rules 26 and 28 (child-friendly visits with open contact)',
  },
  'no-parent-child-contact': {
    // No instrument gives a number; 30 days is our benchmark for "regular" contact.
    withinDays: 30,
    severity: 'medium',
    responsibleAgency: 'prison',
    legalBasis: 'Bangkok Rule 26: contact with children encouraged and facilitated; Nelson Mandela Rule 58; LICADHO 2015: mothers must be able to telephone their children regularly; 30-day benchmark',
  },
  'transfer-not-notified': {
    withinHours: 24,
    severity: 'medium',
    responsibleAgency: 'prison',
    legalBasis: 'Nelson Mandela Rule 68: the family informed of a transfer; LICADHO 2015: keep families informed of changes to the place of detention; 24-hour benchmark',
  },
  'medical-not-notified': {
    withinHours: 24,
    severity: 'high',
    responsibleAgency: 'prison',
    legalBasis: 'Nelson Mandela Rules 68–69: the family informed at once of a serious illness or injury; LICADHO 2015: keep families informed of medical concerns; 24-hour benchmark',
  },
  'release-not-prepared': {
    // LICADHO asks that families be told "in advance"; 14 days is our benchmark.
    daysBeforeRelease: 14,
    withinHoursWhenSooner: 24,
    severity: 'medium',
    responsibleAgency: 'prison',
    legalBasis: 'LICADHO 2015: the right family members informed in advance of release dates so the children can be prepared; Bangkok Rules 45–47 (release preparation); 14-day benchmark',
  },
  'care-changed-without-parent': {
    severity: 'medium',
    responsibleAgency: 'prison',
    legalBasis: 'LICADHO 2015: mothers may review childcare arrangements and have input in decisions on their children’s care; Bangkok Rules 2(2) and 52; CRC art. 9 and 12',
  },
  'no-consular-contact': {
    // VCCR art. 36 says "without delay"; 72 h is our benchmark.
    withinHours: 72,
    nationality: 'KH',
    severity: 'high',
    responsibleAgency: 'prison',
    legalBasis: 'Vienna Convention on Consular Relations art. 36(1)(b): informed without delay of the right to consular contact; Bangkok Rule 2(1); LICADHO 2015: special measures for foreign nationals; 72-hour benchmark',
  },
  'police-custody-overdue': {
    withinHours: 48,
    // CCP art. 96: one extension of up to 24 h, authorised in writing by the prosecutor, for felonies.
    maxExtendedHours: 72,
    severity: 'critical',
    responsibleAgency: 'police',
    legalBasis: 'Cambodian Code of Criminal Procedure art. 96: police custody of at most 48 hours, extendable once by 24 hours with the prosecutor’s written authorisation',
  },
  'contact-banned-as-sanction': {
    severity: 'high',
    responsibleAgency: 'prison',
    legalBasis: 'Bangkok Rule 23: disciplinary sanctions for women shall not include a prohibition of family contact, especially with children',
  },
};

/** California's own numbers; where California has no rule of its own the benchmark is said so. */
export const californiaPrisonRules: PrisonRulePolicies = {
  ...cambodiaPrisonRules,
  'children-not-recorded-at-admission': {
    ...cambodiaPrisonRules['children-not-recorded-at-admission'],
    legalBasis: 'Bangkok Rule 3 (benchmark; no California statute sets an hour count): the number and details of her children recorded on admission',
  },
  'child-in-prison-assessment-overdue': {
    assessEveryDays: 90,
    // The Community Prisoner Mother Program takes children under six.
    ageLimitYears: 6,
    planLeadDays: 90,
    severity: 'high',
    responsibleAgency: 'prison',
    legalBasis: 'California Penal Code §3410 et seq. (Community Prisoner Mother Program, children under six); Bangkok Rules 49–52 (90-day assessment benchmark)',
  },
  'child-visit-fee-charged': {
    ...cambodiaPrisonRules['child-visit-fee-charged'],
    legalBasis: 'California Penal Code §2601(d) (personal visits) and Cal. Code Regs. tit. 15, §3170 et seq. (visiting); Bangkok Rule 28 (open contact) as benchmark',
  },
  'no-parent-child-contact': {
    ...cambodiaPrisonRules['no-parent-child-contact'],
    legalBasis: 'California Penal Code §2600–2601 (family contact and personal visits); 30-day benchmark from Bangkok Rule 26',
  },
  'transfer-not-notified': {
    ...cambodiaPrisonRules['transfer-not-notified'],
    legalBasis: 'Nelson Mandela Rule 68 (benchmark; no California statute sets an hour count): the family informed of a transfer within 24 hours',
  },
  'medical-not-notified': {
    ...cambodiaPrisonRules['medical-not-notified'],
    legalBasis: 'Nelson Mandela Rules 68–69 (benchmark): the family informed at once of a serious illness or injury; 24 hours',
  },
  'release-not-prepared': {
    ...cambodiaPrisonRules['release-not-prepared'],
    legalBasis: 'Bangkok Rules 45–47 (benchmark): the children’s caregiver told of the release 14 days ahead',
  },
  'care-changed-without-parent': {
    ...cambodiaPrisonRules['care-changed-without-parent'],
    legalBasis: 'California Penal Code §2625 (an incarcerated parent’s notice of and participation in proceedings about the child); Bangkok Rule 52 (benchmark)',
  },
  'no-consular-contact': {
    // Penal Code §834c: advised on booking or detention of more than two hours.
    withinHours: 2,
    nationality: 'US',
    severity: 'high',
    responsibleAgency: 'prison',
    legalBasis: 'California Penal Code §834c: a known or suspected foreign national advised of consular rights within two hours of booking or detention; Vienna Convention on Consular Relations art. 36',
  },
  'police-custody-overdue': {
    withinHours: 48,
    // §825 allows no police extension; an extension on file is ignored. §825 excludes Sundays and holidays: counting them is stricter.
    maxExtendedHours: 48,
    severity: 'critical',
    responsibleAgency: 'police',
    legalBasis: 'California Penal Code §825: taken before a magistrate without unnecessary delay and within 48 hours of arrest (Sundays and holidays excluded)',
  },
  'contact-banned-as-sanction': {
    ...cambodiaPrisonRules['contact-banned-as-sanction'],
    legalBasis: 'Bangkok Rule 23 (a benchmark for California): a disciplinary sanction shall not prohibit family contact, especially with children',
  },
};
