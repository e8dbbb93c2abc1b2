import { cambodiaArrestRules, californiaArrestRules, type ArrestRulePolicies } from './arrest-policy';
import { cambodiaCourtRules, californiaCourtRules, type CourtRulePolicies } from './court-policy';
import { cambodiaPrisonRules, californiaPrisonRules, type PrisonRulePolicies } from './prison-policy';

export type { LegalSource, RulePolicy, SourceCheck } from './rule-policy';
export type { DependantsNotAskedPolicy, NoFamilyContactPolicy } from './arrest-policy';

/**
 * A versioned set of thresholds, severities and texts, one entry per rule of the catalogue.
 * Alerts carry the policy id, so an auditor can tell which numbers were in force when an alert
 * was raised.
 */
/** The injection token of the policy a service runs (one jurisdiction per deployment). */
export const SAFEGUARD_POLICY = Symbol('SAFEGUARD_POLICY');

export interface SafeguardPolicy {
  readonly policyId: string;
  readonly jurisdiction: string;
  /** The IANA time zone every time in an alert or a timeline is shown in. */
  readonly timeZone: string;
  /** The BCP 47 locale its texts are formatted for. */
  readonly locale: string;
  readonly rules: ArrestRulePolicies & CourtRulePolicies & PrisonRulePolicies;
}

/**
 * Cambodian law and the LICADHO 2015 report's recommendations: the default. v2: citations checked
 * (shared/domain/legal-bases-checked.md), every entry with its sources and benchmark, a felony-only
 * police-custody extension, art. 209's cap at half the minimum sentence.
 */
export const cambodiaPolicy: SafeguardPolicy = {
  policyId: 'kh-licadho-2015.v2',
  jurisdiction: 'Cambodia',
  timeZone: 'Asia/Phnom_Penh',
  locale: 'en-GB',
  rules: { ...cambodiaArrestRules, ...cambodiaCourtRules, ...cambodiaPrisonRules },
};

/**
 * California's own numbers, to show the rules are data a jurisdiction can tune. v2: citations
 * checked, benchmarks said so (the pre-trial clocks, the 13 months, consular contact's 2 hours),
 * §825's 48 hours without Sundays and judicial holidays.
 */
export const californiaPolicy: SafeguardPolicy = {
  policyId: 'us-ca.v2',
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
  if (!Number.isInteger(withinMinutes) || withinMinutes < 1)
    throw new Error(`SAFEGUARD_DEPENDANTS_SCREENING_MINUTES must be a positive integer, got "${minutes}"`);
  const rule = base.rules['dependants-not-asked-at-arrest'];
  return {
    ...base,
    policyId: `${base.policyId}+screening-${withinMinutes}m`,
    rules: { ...base.rules, 'dependants-not-asked-at-arrest': { ...rule, withinMinutes } },
  };
}
