import { DomainRuleViolation, InvalidInput } from '@safeguard/domain';
import type { ArrestState } from './arrest.state';
import { custodyTimeProblems, policeCustodyOrArrest } from './custody-times';

/** The facts every police release carries before the person is added from the arrest record. */
export interface PoliceReleaseFacts {
  readonly arrestId: string;
  readonly releasedAt: string;
}

/**
 * The police let her go, whether or not she was ever held in a police station: refused once she is
 * released or in prison, or for a time outside her arrest or police custody; otherwise the one event
 * of the given type, with her person id added.
 */
export function decideRelease<Type extends string, Facts extends PoliceReleaseFacts>(
  type: Type,
  release: Facts,
  now: Date,
  state: ArrestState,
): [{ type: Type; data: Facts & { personId: string } }] {
  switch (state.status) {
    case 'not-recorded':
      throw new DomainRuleViolation('ARREST.UNKNOWN', `no arrest ${release.arrestId} is recorded`);
    case 'released':
      throw new DomainRuleViolation('CUSTODY.ALREADY_RELEASED', `she was already released at ${state.releasedAt}`);
    case 'transferred-to-prison':
      throw new DomainRuleViolation(
        'CUSTODY.ALREADY_TRANSFERRED',
        `she was transferred to prison at ${state.transferredAt}; only a court can release her now`,
      );
    case 'arrested':
    case 'in-police-custody':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const problems = custodyTimeProblems('releasedAt', release.releasedAt, now, policeCustodyOrArrest(state));
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type, data: { ...release, personId: state.personId } }];
}
