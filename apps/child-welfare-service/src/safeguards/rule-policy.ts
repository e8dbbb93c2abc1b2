import type { Agency, Severity } from '@safeguard/contracts';

/** What a jurisdiction tunes for one rule: how serious a miss is, who must act, and why. Rules with a threshold extend it. */
export interface RulePolicy {
  readonly severity: Severity;
  readonly responsibleAgency: Agency;
  /** A short citation shown with every alert: the law or recommendation the safeguard comes from. */
  readonly legalBasis: string;
}
