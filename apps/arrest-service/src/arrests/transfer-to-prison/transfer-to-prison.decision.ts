import type { TransferredToPrison, TransferredToPrisonData } from '@safeguard/contracts';
import { InvalidInput, type Decider } from '@safeguard/domain';
import { unitKindProblems, type Unit } from '@safeguard/units';
import { evolveArrest, initialArrestState, type ArrestState } from '../arrest.state';
import { assertInPoliceCustody, custodyTimeProblems, policeCustodyOrArrest } from '../custody-times';

export interface TransferToPrison {
  readonly transfer: Omit<TransferredToPrisonData, 'personId'>;
  /** The registry's unit under `transfer.prisonFacility`, looked up by the caller (undefined when it has none). */
  readonly prison: Unit | undefined;
  readonly now: Date;
}

/**
 * On a pre-trial detention order she leaves the police station for prison: the police's custody
 * ends. The prison is named by its unit id in the registry, the id the prison admits her under,
 * so her family and the monitors can find her.
 */
export function decideTransferToPrison(command: TransferToPrison, state: ArrestState): TransferredToPrison[] {
  const { transfer, now } = command;
  assertInPoliceCustody(state, transfer.arrestId, 'she is not in police custody; only someone held by the police is transferred to prison');
  const problems = [
    ...unitKindProblems('prisonFacility', transfer.prisonFacility, command.prison, 'prison'),
    ...custodyTimeProblems('transferredAt', transfer.transferredAt, now, policeCustodyOrArrest(state)),
  ];
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'TransferredToPrison', data: { ...transfer, personId: state.personId } }];
}

export const transferToPrison: Decider<TransferToPrison, ArrestState, TransferredToPrison> = {
  initialState: initialArrestState,
  decide: decideTransferToPrison,
  evolve: evolveArrest,
};
