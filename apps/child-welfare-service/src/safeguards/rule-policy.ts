import type { Agency, Severity } from '@safeguard/contracts';

/**
 * How far a source's words were checked (shared/domain/legal-bases-checked.md): against a stored
 * copy of the instrument itself, only against a reliable summary of it, or not at all. "Not
 * verified" says no text was found, not that the citation is wrong.
 */
export type SourceCheck = 'verified' | 'secondary' | 'not-verified';

/** One instrument a rule relies on, with the words of it we hold. */
export interface LegalSource {
  /** "Cambodian Code of Criminal Procedure art. 96", "LICADHO 2015, recommendations to the police". */
  readonly citation: string;
  /**
   * A short quotation from the stored copy (the instrument, or the summary for `secondary`).
   * Empty when we hold no words of it: a quotation is never reconstructed from memory.
   */
  readonly quote: string;
  readonly verified: SourceCheck;
}

/** What a jurisdiction tunes for one rule: how serious a miss is, who must act, and why. Rules with a threshold extend it. */
export interface RulePolicy {
  readonly severity: Severity;
  readonly responsibleAgency: Agency;
  /**
   * The short line shown with every alert: the law or recommendation the safeguard comes from.
   * It says "benchmark" wherever a number of the rule is ours and not the law's, and "by analogy"
   * where an instrument is applied outside the setting it was written for.
   */
  readonly legalBasis: string;
  /** What the line rests on, for an auditor: each source with the words we hold of it and how far they were checked. */
  readonly sources: readonly LegalSource[];
  /** Which number (or standard) of the rule is a benchmark rather than law, and where it comes from; null when every number is the law's. */
  readonly benchmark: string | null;
}
