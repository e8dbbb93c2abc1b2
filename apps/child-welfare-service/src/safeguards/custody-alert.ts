import { facilityAt, type CustodyView } from '../reconciled/custodies';
import type { FamilyView } from '../reconciled/family-view';
import type { AlertSketch } from './rule';
import type { RulePolicy } from './rule-policy';

/**
 * Where an alert about her time in prison belongs: the prison holding her at `at` (the admitting
 * one, or wherever a transfer took her), the arrest her custody follows from, and its province.
 */
export function heldInPrison(view: FamilyView, custody: CustodyView, at: string): Pick<AlertSketch, 'responsible' | 'arrestId' | 'province'> {
  const arrest = view.arrests.find((a) => a.arrestId === custody.arrestId);
  return {
    responsible: { agency: 'prison', unitId: facilityAt(custody, at) },
    arrestId: custody.arrestId,
    province: arrest?.province ?? view.parent.province,
  };
}

/** Whether the policy says a number of this rule is ours rather than the law's (its `benchmark`). */
export function isBenchmark(policy: RulePolicy): boolean {
  return policy.benchmark !== null && policy.benchmark.trim() !== '';
}

/** Said after a time limit a reader might take for the law's. */
export function benchmarkNote(policy: RulePolicy): string {
  return isBenchmark(policy) ? ' (a benchmark, not a legal limit)' : '';
}
