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
  return { responsible: { agency: 'prison', unitId: facilityAt(custody, at) }, arrestId: custody.arrestId, province: arrest?.province ?? view.parent.province };
}

/**
 * Whether the policy's number for this rule is a benchmark rather than law: its `benchmark` says
 * which number is ours; a policy entry written before that field says so in its legal basis.
 */
export function isBenchmark(policy: RulePolicy): boolean {
  const stated: string | null | undefined = policy.benchmark;
  if (stated === undefined) return /benchmark/i.test(policy.legalBasis);
  return stated !== null && stated.trim() !== '';
}

/** Said after a time limit a reader might take for the law's. */
export function benchmarkNote(policy: RulePolicy): string {
  return isBenchmark(policy) ? ' (a benchmark, not a legal limit)' : '';
}
