import { cambodiaArrestRules, californiaArrestRules, type ArrestRulePolicies } from './arrest-policy';
import { cambodiaCourtRules, californiaCourtRules, type CourtRulePolicies } from './court-policy';
import { cambodiaPrisonRules, californiaPrisonRules, type PrisonRulePolicies } from './prison-policy';

export type { RulePolicy } from './rule-policy';
export type { DependantsNotAskedPolicy, NoFamilyContactPolicy } from './arrest-policy';

/**
 * A versioned set of thresholds, severities and texts, one entry per rule of the catalogue.
 * Alerts carry the policy id, so an auditor can tell which numbers were in force when an alert
 * was raised.
 */
export interface SafeguardPolicy {
  readonly policyId: string;
  readonly jurisdiction: string;
  /** The IANA time zone every time in an alert or a timeline is shown in. */
  readonly timeZone: string;
  /** The BCP 47 locale its texts are formatted for. */
  readonly locale: string;
  readonly rules: ArrestRulePolicies & CourtRulePolicies & PrisonRulePolicies;
}

/** Cambodian law and the LICADHO 2015 report's recommendations: the default. */
export const cambodiaPolicy: SafeguardPolicy = {
  policyId: 'kh-licadho-2015.v1',
  jurisdiction: 'Cambodia',
  timeZone: 'Asia/Phnom_Penh',
  locale: 'en-GB',
  rules: { ...cambodiaArrestRules, ...cambodiaCourtRules, ...cambodiaPrisonRules },
};

/** California's own numbers, to show the rules are data a jurisdiction can tune. */
export const californiaPolicy: SafeguardPolicy = {
  policyId: 'us-ca.v1',
  jurisdiction: 'California',
  timeZone: 'America/Los_Angeles',
  locale: 'en-US',
  rules: { ...californiaArrestRules, ...californiaCourtRules, ...californiaPrisonRules },
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
