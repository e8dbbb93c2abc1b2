import { BANGKOK, CA_13517_7, CA_851_5, CRC, LICADHO } from './legal-sources';
import type { LegalSource, RulePolicy } from './rule-policy';

export interface DependantsNotAskedPolicy extends RulePolicy {
  readonly withinMinutes: number;
}

export interface NoFamilyContactPolicy extends RulePolicy {
  /** Minutes after she is taken into custody by which she must have reached her children or their caregiver. */
  readonly withinMinutes: number;
}

export interface ChildDetailsMissingPolicy extends RulePolicy {
  /** Minutes after the screening by which each child's age, whereabouts and caregiver contact must be on record. */
  readonly withinMinutes: number;
}

export interface ChildNotToldPolicy extends RulePolicy {
  /** Minutes after the arrest by which a child who saw it must have been told what is happening. */
  readonly presentWithinMinutes: number;
  /** Minutes after the arrest by which a child who was elsewhere must have been told. */
  readonly notPresentWithinMinutes: number;
  /** Children recorded younger than this are not owed an explanation they cannot take in (a baby carried into custody). */
  readonly fromAgeYears: number;
}

/** The arrest safeguards' numbers and texts (catalogue 1–7). */
export interface ArrestRulePolicies {
  readonly 'dependants-not-asked-at-arrest': DependantsNotAskedPolicy;
  readonly 'child-without-safe-care': RulePolicy;
  readonly 'custody-before-care-arranged': RulePolicy;
  readonly 'no-family-contact': NoFamilyContactPolicy;
  readonly 'arrest-conduct-review': RulePolicy;
  readonly 'child-details-missing': ChildDetailsMissingPolicy;
  readonly 'child-not-told': ChildNotToldPolicy;
}

/** California Welfare and Institutions Code §305 (self-law.org): a power of the officer, not a duty. */
const WIC_305: LegalSource = {
  citation: 'California Welfare and Institutions Code §305',
  quote: 'may… take into temporary custody',
  verified: 'verified',
};

/** Cambodian law and the LICADHO 2015 report's recommendations. Bangkok Rules 2 and 3 govern admission to prison: at arrest they are analogies. */
export const cambodiaArrestRules: ArrestRulePolicies = {
  'dependants-not-asked-at-arrest': {
    withinMinutes: 180,
    severity: 'high',
    responsibleAgency: 'police',
    legalBasis:
      'LICADHO 2015: police must check whether she has dependent children before taking her into custody; Bangkok Rule 2(2) by analogy (it governs admission to prison); 3-hour benchmark from California Penal Code §851.5(a)',
    sources: [LICADHO.askBeforeCustody, BANGKOK.rule2_2, CA_851_5.threeHours],
    benchmark:
      'The 3 hours: borrowed from California Penal Code §851.5(a) (calls "no later than three hours after arrest"); no Cambodian text sets a time, and LICADHO asks before custody.',
  },
  'child-without-safe-care': {
    severity: 'critical',
    responsibleAgency: 'police',
    legalBasis:
      'LICADHO 2015: she must be allowed to arrange the safe care of her children before custody; CRC art. 3 and 20; Bangkok Rule 2(2) by analogy (it governs admission to prison)',
    sources: [LICADHO.askBeforeCustody, CRC.art3, CRC.art20, BANGKOK.rule2_2],
    benchmark: null,
  },
  'custody-before-care-arranged': {
    severity: 'high',
    responsibleAgency: 'police',
    legalBasis:
      'LICADHO 2015 recommendation to the police: allow her to arrange the safe care of her children before taking her into custody; Bangkok Rule 2(2) by analogy (it governs admission to prison)',
    sources: [LICADHO.askBeforeCustody, BANGKOK.rule2_2],
    benchmark: null,
  },
  'no-family-contact': {
    withinMinutes: 180,
    severity: 'high',
    responsibleAgency: 'police',
    legalBasis:
      'LICADHO 2015: the opportunity to contact her children and their caregiver without delay; Bangkok Rule 2(1) by analogy (it governs newly arrived prisoners); 3-hour benchmark from California Penal Code §851.5(a)',
    sources: [LICADHO.contactWithoutDelay, BANGKOK.rule2_1, CA_851_5.threeHours],
    benchmark: 'The 3 hours for "without delay": borrowed from California Penal Code §851.5(a); no Cambodian text sets a time.',
  },
  'arrest-conduct-review': {
    severity: 'low',
    responsibleAgency: 'police',
    legalBasis:
      'LICADHO 2015 recommendation to the police: consider whether sirens, or handcuffing mothers in front of their children, are absolutely necessary; CRC art. 3 (the best interests of the child)',
    sources: [LICADHO.sirens, CRC.art3],
    benchmark: null,
  },
  'child-details-missing': {
    withinMinutes: 24 * 60,
    severity: 'medium',
    responsibleAgency: 'police',
    legalBasis:
      'LICADHO 2015 recommendation to the police: the arrest record includes the children’s ages, location and their caregiver’s contact, with the mother’s consent; Bangkok Rule 3(1) by analogy (it governs admission to prison); 24-hour benchmark',
    sources: [LICADHO.arrestRecord, BANGKOK.rule3_1],
    benchmark: 'The 24 hours after the screening: ours, the report’s "arrest record" read generously; no Cambodian text sets a time.',
  },
  'child-not-told': {
    presentWithinMinutes: 2 * 60,
    notPresentWithinMinutes: 48 * 60,
    fromAgeYears: 3,
    severity: 'medium',
    responsibleAgency: 'police',
    legalBasis:
      'LICADHO 2015 recommendation to the police: a child present at the arrest is told what is happening and where the mother is taken, a child not present at a later time; CRC art. 9(4) and 12 (which sets no age); 2-hour, 48-hour and age-3 benchmarks',
    sources: [LICADHO.explainToChildren, CRC.art9_4, CRC.art12],
    benchmark:
      'The 2 hours (child present), 48 hours (child elsewhere) and the age floor of 3 are ours: LICADHO sets no time, CRC art. 12 weighs age and maturity without a number.',
  },
};

/** California's own numbers; where California law gives the officer a power or asks for guidelines only, the standard is a benchmark and says so. */
export const californiaArrestRules: ArrestRulePolicies = {
  'dependants-not-asked-at-arrest': {
    withinMinutes: 180,
    severity: 'high',
    responsibleAgency: 'police',
    legalBasis:
      'California Penal Code §851.5(c): an arrested custodial parent is asked and may make two additional calls to arrange care; §851.5(a): the calls no later than three hours after arrest',
    sources: [CA_851_5.twoMoreCalls, CA_851_5.threeHours],
    benchmark: null,
  },
  'child-without-safe-care': {
    severity: 'critical',
    responsibleAgency: 'police',
    legalBasis:
      'California Welfare and Institutions Code §305: a peace officer may take a child without care into temporary custody (a power, not a duty); a child left without an adult after the arrest is flagged as a benchmark from LICADHO 2015',
    sources: [WIC_305, LICADHO.askBeforeCustody],
    benchmark:
      'That no child is left alone, with another child or unaccounted for after the arrest is LICADHO 2015’s standard; no California statute found makes it the arresting officer’s duty.',
  },
  'custody-before-care-arranged': {
    severity: 'high',
    responsibleAgency: 'police',
    legalBasis:
      'California Penal Code §851.5(c): an arrested custodial parent may make two additional calls to arrange care (calls only, no duty before custody); care arranged before custody is a benchmark from LICADHO 2015',
    sources: [CA_851_5.twoMoreCalls, LICADHO.askBeforeCustody],
    benchmark: 'Care arranged before custody: LICADHO 2015’s recommendation; §851.5(c) grants only the calls.',
  },
  'no-family-contact': {
    withinMinutes: 180,
    severity: 'high',
    responsibleAgency: 'police',
    legalBasis:
      'California Penal Code §851.5(a) and (c): calls no later than three hours after arrest, two additional calls for a custodial parent to arrange care',
    sources: [CA_851_5.threeHours, CA_851_5.twoMoreCalls],
    benchmark: null,
  },
  'arrest-conduct-review': {
    severity: 'low',
    responsibleAgency: 'police',
    legalBasis:
      'California Penal Code §13517.7 (POST shall develop guidelines on children at a parent’s arrest); the conduct flagged for review is a benchmark from LICADHO 2015',
    sources: [CA_13517_7, LICADHO.sirens],
    benchmark:
      'Which conduct is flagged (restraints, sirens, a night arrest before the children) comes from LICADHO 2015; §13517.7 asks for guidelines, it does not forbid the conduct.',
  },
  'child-details-missing': {
    withinMinutes: 12 * 60,
    severity: 'medium',
    responsibleAgency: 'police',
    legalBasis:
      'California Penal Code §13517.7 (POST shall develop guidelines on children of arrested parents) and §851.5(c); 12-hour benchmark, not a statutory deadline',
    sources: [CA_13517_7, CA_851_5.twoMoreCalls, LICADHO.arrestRecord],
    benchmark:
      'The 12 hours: ours, following the three-hour calls of §851.5; no California statute sets a time for recording the children’s details.',
  },
  'child-not-told': {
    presentWithinMinutes: 60,
    notPresentWithinMinutes: 24 * 60,
    fromAgeYears: 3,
    severity: 'medium',
    responsibleAgency: 'police',
    legalBasis:
      'Benchmark from LICADHO 2015: no California statute found requires telling the children; California Penal Code §13517.7 asks POST for guidelines on children at a parent’s arrest; 1-hour, 24-hour and age-3 benchmarks',
    sources: [LICADHO.explainToChildren, CA_13517_7],
    benchmark:
      'The duty itself, the 1 hour (child present), 24 hours (child elsewhere) and the age floor of 3 are ours, from LICADHO 2015; California sets none of them.',
  },
};
