import type { AlertComparison } from './what-if-comparison';

/** Which history was replayed, and when: what a reader of the comparison must know to trust it. */
export interface WhatIfHistory {
  readonly transport: 'kafka' | 'database-log';
  /** The agency topics replayed, up to their end offsets at the start; empty for the database logs. */
  readonly topics: readonly string[];
  readonly messages: number;
  readonly facts: number;
  readonly people: number;
  /** Messages the replay skipped (malformed, or refused by their schema), as the live consumer dead-letters them. */
  readonly failed: number;
  /** When the earliest and the latest replayed fact happened (ISO 8601); null for an empty history. */
  readonly firstFactAt: string | null;
  readonly lastFactAt: string | null;
  /** The deadlines compared (--from, --to), ISO 8601; null when open. */
  readonly from: string | null;
  readonly to: string | null;
}

export interface WhatIfRun {
  /** The policy tried. */
  readonly policyId: string;
  /** The policy the live alerts were judged under, and its jurisdiction's zone, in which people read the times. */
  readonly livePolicyId: string;
  readonly timeZone: string;
  readonly locale: string;
  /** When the replay judged the deadlines (the clock's now), ISO 8601. */
  readonly computedAt: string;
  readonly history: WhatIfHistory;
  readonly comparison: AlertComparison;
}
