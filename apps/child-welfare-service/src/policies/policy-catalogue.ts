import { NotFound } from '@safeguard/domain';
import { cambodiaPolicy, californiaPolicy, type SafeguardPolicy } from '../safeguards/policy';

/** Every policy a deployment can run or a what-if replay can try, by id. */
export const POLICIES: readonly SafeguardPolicy[] = [cambodiaPolicy, californiaPolicy];

/**
 * The policy with this id: one of the catalogue's, or the live one (a deployment may tune the
 * live policy, SAFEGUARD_DEPENDANTS_SCREENING_MINUTES, which gives it an id of its own).
 */
export function policyById(policyId: string, live: SafeguardPolicy): SafeguardPolicy {
  const policy = [live, ...POLICIES].find((p) => p.policyId === policyId);
  if (!policy)
    throw new NotFound(
      'POLICY.NOT_FOUND',
      `no policy ${policyId}; known: ${policiesKnown(live)
        .map((p) => p.policyId)
        .join(', ')}`,
    );
  return policy;
}

/** The live policy first, then the catalogue's others. */
export function policiesKnown(live: SafeguardPolicy): SafeguardPolicy[] {
  return [live, ...POLICIES.filter((p) => p.policyId !== live.policyId)];
}
