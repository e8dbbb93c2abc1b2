import type { Agency, Severity } from '@safeguard/contracts';

/** What a jurisdiction tunes for one rule: its threshold, how serious a miss is, who must act, and why. */
export interface RulePolicy {
  readonly severity: Severity;
  readonly responsibleAgency: Agency;
  /** A short citation shown with every alert: the law or recommendation the safeguard comes from. */
  readonly legalBasis: string;
}

export interface DependantsNotAskedPolicy extends RulePolicy {
  readonly withinMinutes: number;
}

export interface NoFamilyContactPolicy extends RulePolicy {
  /** Minutes after she is taken into custody by which she must have reached her children or their caregiver. */
  readonly withinMinutes: number;
}

/**
 * A versioned set of thresholds and texts. Alerts carry the policy id, so an auditor can tell
 * which numbers were in force when an alert was raised.
 */
export interface SafeguardPolicy {
  readonly policyId: string;
  readonly jurisdiction: string;
  readonly rules: {
    readonly 'dependants-not-asked-at-arrest': DependantsNotAskedPolicy;
    readonly 'child-without-safe-care': RulePolicy;
    readonly 'custody-before-care-arranged': RulePolicy;
    readonly 'no-family-contact': NoFamilyContactPolicy;
    readonly 'arrest-conduct-review': RulePolicy;
  };
}

/** Cambodian law and the LICADHO 2015 report's recommendations: the default. */
export const cambodiaPolicy: SafeguardPolicy = {
  policyId: 'kh-licadho-2015.v1',
  jurisdiction: 'Cambodia',
  rules: {
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
  },
};

/** California's own numbers, to show the rules are data a jurisdiction can tune. */
export const californiaPolicy: SafeguardPolicy = {
  policyId: 'us-ca.v1',
  jurisdiction: 'California',
  rules: {
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
  },
};

/** Deployments may shorten or lengthen the screening window without a code change. */
export function policyFromEnv(base: SafeguardPolicy, env: NodeJS.ProcessEnv = process.env): SafeguardPolicy {
  const minutes = env.SAFEGUARD_DEPENDANTS_SCREENING_MINUTES;
  if (minutes === undefined) return base;
  const withinMinutes = Number(minutes);
  if (!Number.isInteger(withinMinutes) || withinMinutes < 1) throw new Error(`SAFEGUARD_DEPENDANTS_SCREENING_MINUTES must be a positive integer, got "${minutes}"`);
  const rule = base.rules['dependants-not-asked-at-arrest'];
  return { ...base, policyId: `${base.policyId}+screening-${withinMinutes}m`, rules: { ...base.rules, 'dependants-not-asked-at-arrest': { ...rule, withinMinutes } } };
}
