import { DomainRuleViolation, type FieldProblem } from '@safeguard/domain';
import type { ArrestState, InPoliceCustody, RecordedArrest } from './arrest.state';

/** A step a custody time must not precede, named as the message will say it. */
export interface Earliest {
  readonly at: string;
  readonly what: string;
}

export const theArrest = (state: RecordedArrest): Earliest => ({ at: state.arrestedAt, what: 'the arrest' });

/** Her custody in the police station, once she was taken into it; the arrest before that. */
export const policeCustodyOrArrest = (state: RecordedArrest): Earliest =>
  state.custodyAt === null ? theArrest(state) : { at: state.custodyAt, what: 'she was taken into police custody' };

/**
 * When a custody step happened, as police software reports it: already happened (`now` comes on
 * the command) and not before the step it follows. Custody limits and the children's safeguards
 * are measured from these times, so an impossible one is refused rather than stored.
 */
export function custodyTimeProblems(field: string, at: string, now: Date, earliest: Earliest): FieldProblem[] {
  const time = Date.parse(at);
  if (time > now.getTime()) return [{ field, message: 'cannot be in the future' }];
  if (time < Date.parse(earliest.at)) return [{ field, message: `cannot be before ${earliest.what}` }];
  return [];
}

/**
 * The steps only someone held by the police can take (appearance, extension, transfer): every
 * other status is refused (422) with its own code. `notHeld` says why custody is needed.
 */
export function assertInPoliceCustody(state: ArrestState, arrestId: string, notHeld: string): asserts state is InPoliceCustody {
  switch (state.status) {
    case 'not-recorded':
      throw new DomainRuleViolation('ARREST.UNKNOWN', `no arrest ${arrestId} is recorded`);
    case 'arrested':
      throw new DomainRuleViolation('CUSTODY.NOT_IN_POLICE_CUSTODY', notHeld);
    case 'released':
      throw new DomainRuleViolation('CUSTODY.ALREADY_RELEASED', `she was released at ${state.releasedAt}`);
    case 'transferred-to-prison':
      throw new DomainRuleViolation('CUSTODY.ALREADY_TRANSFERRED', `she was transferred to prison at ${state.transferredAt}`);
    case 'in-police-custody':
      return;
    default: {
      const _exhaustive: never = state;
    }
  }
}
