import type { RulePolicy } from './rule-policy';

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

/** Cambodian law and the LICADHO 2015 report's recommendations. */
export const cambodiaArrestRules: ArrestRulePolicies = {
  'dependants-not-asked-at-arrest': {
    // California PC §851.5(c) gives 3 hours; the report asks for it before custody (LICADHO 2015, recommendations to the police).
    withinMinutes: 180,
    severity: 'high',
    responsibleAgency: 'police',
    legalBasis:
      'LICADHO 2015: police must ask at arrest whether she has dependent children; Bangkok Rules r.2(2); 3-hour benchmark from California Penal Code §851.5(c)',
  },
  'child-without-safe-care': {
    severity: 'critical',
    responsibleAgency: 'police',
    legalBasis: 'LICADHO 2015: children left alone or with other children after a mother’s arrest; Bangkok Rule 2(2): arrangements for the care of children before or at admission; CRC art. 3 and 20',
  },
  'custody-before-care-arranged': {
    severity: 'high',
    responsibleAgency: 'police',
    legalBasis: 'LICADHO 2015 recommendation to the police: allow the mother to arrange care for her children before she is taken into custody; Bangkok Rule 2(2)',
  },
  'no-family-contact': {
    // California PC §851.5 allows the calls within 3 hours of arrest; the report found mothers unable to reach anyone.
    withinMinutes: 180,
    severity: 'high',
    responsibleAgency: 'police',
    legalBasis: 'LICADHO 2015: mothers held without being able to contact their children or their carers; Bangkok Rule 2(1); 3-hour benchmark from California Penal Code §851.5',
  },
  'arrest-conduct-review': {
    severity: 'low',
    responsibleAgency: 'police',
    legalBasis: 'LICADHO 2015: children who saw their mothers restrained and taken at night; CRC art. 3 (the best interests of the child in all actions of the police)',
  },
  'child-details-missing': {
    // No Cambodian text sets a time; one day lets the police reach the family and is the report's "at arrest" read generously.
    withinMinutes: 24 * 60,
    severity: 'medium',
    responsibleAgency: 'police',
    legalBasis:
      'LICADHO 2015 recommendation to the police: the arrest record includes the children’s ages, location and their caregiver’s contact, with the mother’s consent; Bangkok Rule 3(1); 24-hour benchmark',
  },
  'child-not-told': {
    // The report asks for an explanation at the arrest when the child is there and "at a later time" otherwise; 2 h and 48 h are benchmarks.
    presentWithinMinutes: 2 * 60,
    notPresentWithinMinutes: 48 * 60,
    // CRC art. 12 weighs a child's understanding by age and maturity; 3 years is a benchmark, not a statute.
    fromAgeYears: 3,
    severity: 'medium',
    responsibleAgency: 'police',
    legalBasis:
      'LICADHO 2015 recommendation to the police: a child present at the arrest is told what is happening and where the mother is taken, a child not present at a later time; CRC art. 9(4) and 12; 2-hour and 48-hour benchmarks',
  },
};

/** California's own numbers. */
export const californiaArrestRules: ArrestRulePolicies = {
  'dependants-not-asked-at-arrest': {
    withinMinutes: 180,
    severity: 'high',
    responsibleAgency: 'police',
    legalBasis: 'California Penal Code §851.5(c): an arrested custodial parent must be asked, and allowed two calls to arrange care, within 3 hours',
  },
  'child-without-safe-care': {
    severity: 'critical',
    responsibleAgency: 'police',
    legalBasis: 'California Welfare and Institutions Code §305 and Penal Code §851.5: a child left without a responsible adult is taken into temporary protective custody',
  },
  'custody-before-care-arranged': {
    severity: 'high',
    responsibleAgency: 'police',
    legalBasis: 'California Penal Code §851.5(c): the arrested custodial parent may make two calls to arrange care for her minor children',
  },
  'no-family-contact': {
    withinMinutes: 180,
    severity: 'high',
    responsibleAgency: 'police',
    legalBasis: 'California Penal Code §851.5(a) and (c): calls within 3 hours of arrest, two more for a custodial parent to arrange care',
  },
  'arrest-conduct-review': {
    severity: 'low',
    responsibleAgency: 'police',
    legalBasis: 'California Penal Code §13517.7 (POST guidelines on children at the scene of a parent’s arrest)',
  },
  'child-details-missing': {
    // California sets no time for recording a child's details; the shorter 12 h benchmark follows the 3-hour calls of PC §851.5(c).
    withinMinutes: 12 * 60,
    severity: 'medium',
    responsibleAgency: 'police',
    legalBasis:
      'California Penal Code §13517.7 (POST guidelines: identify children of arrested parents and their caregivers) and §851.5(c); 12-hour benchmark, not a statutory deadline',
  },
  'child-not-told': {
    // No statutory time in California; the POST guidelines ask officers to explain the arrest to children at the scene.
    presentWithinMinutes: 60,
    notPresentWithinMinutes: 24 * 60,
    fromAgeYears: 3,
    severity: 'medium',
    responsibleAgency: 'police',
    legalBasis:
      'California Penal Code §13517.7 (POST guidelines on explaining a parent’s arrest to the children); 1-hour and 24-hour benchmarks, not statutory deadlines',
  },
};
