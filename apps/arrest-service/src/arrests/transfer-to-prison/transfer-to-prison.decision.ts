import type { TransferredToPrison, TransferredToPrisonData } from '@safeguard/contracts';
import { InvalidInput, type Decider } from '@safeguard/domain';
import { evolveArrest, initialArrestState, type ArrestState } from '../arrest.state';
import { assertInPoliceCustody, custodyTimeProblems, policeCustodyOrArrest } from '../custody-times';

export interface TransferToPrison {
  readonly transfer: Omit<TransferredToPrisonData, 'personId'>;
  readonly now: Date;
}

/** On a pre-trial detention order she leaves the police station for prison: the police's custody ends. */
export function decideTransferToPrison(command: TransferToPrison, state: ArrestState): TransferredToPrison[] {
  const { transfer, now } = command;
  assertInPoliceCustody(state, transfer.arrestId, 'she is not in police custody; only someone held by the police is transferred to prison');
  const problems = custodyTimeProblems('transferredAt', transfer.transferredAt, now, policeCustodyOrArrest(state));
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'TransferredToPrison', data: { ...transfer, personId: state.personId } }];
}

export const transferToPrison: Decider<TransferToPrison, ArrestState, TransferredToPrison> = {
  initialState: initialArrestState,
  decide: decideTransferToPrison,
  evolve: evolveArrest,
};
