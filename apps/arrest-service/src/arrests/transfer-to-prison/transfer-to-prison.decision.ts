import type { TransferredToPrison, TransferredToPrisonData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveArrest, initialArrestState, type ArrestState } from '../arrest.state';
import { custodyTimeProblems, policeCustodyOrArrest } from '../custody-times';

export interface TransferToPrison {
  readonly transfer: Omit<TransferredToPrisonData, 'personId'>;
  readonly now: Date;
}

/** On a pre-trial detention order she leaves the police station for prison: the police's custody ends. */
export function decideTransferToPrison(command: TransferToPrison, state: ArrestState): TransferredToPrison[] {
  const { transfer, now } = command;
  switch (state.status) {
    case 'not-recorded':
      throw new DomainRuleViolation('ARREST.UNKNOWN', `no arrest ${transfer.arrestId} is recorded`);
    case 'arrested':
      throw new DomainRuleViolation('CUSTODY.NOT_IN_POLICE_CUSTODY', 'she is not in police custody; only someone held by the police is transferred to prison');
    case 'released':
      throw new DomainRuleViolation('CUSTODY.ALREADY_RELEASED', `she was released at ${state.releasedAt}`);
    case 'transferred-to-prison':
      throw new DomainRuleViolation('CUSTODY.ALREADY_TRANSFERRED', `she was already transferred to prison at ${state.transferredAt}`);
    case 'in-police-custody':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const problems = custodyTimeProblems('transferredAt', transfer.transferredAt, now, policeCustodyOrArrest(state));
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'TransferredToPrison', data: { ...transfer, personId: state.personId } }];
}

export const transferToPrison: Decider<TransferToPrison, ArrestState, TransferredToPrison> = {
  initialState: initialArrestState,
  decide: decideTransferToPrison,
  evolve: evolveArrest,
};
