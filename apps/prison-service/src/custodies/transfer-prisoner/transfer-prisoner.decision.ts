import type { PrisonerTransferred, PrisonerTransferredData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { unitKindProblems, type Unit } from '@safeguard/units';
import { custodyTimeProblems } from '../custody-times';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';

export interface TransferPrisoner {
  readonly transfer: Omit<PrisonerTransferredData, 'personId' | 'fromFacilityId'>;
  /** The registry's unit under `transfer.toFacilityId`, looked up by the caller (undefined when it has none). */
  readonly toFacility: Unit | undefined;
  readonly now: Date;
}

/**
 * She is moved to another facility. Where she came from is the facility the custody says holds
 * her, never what the caller claims: a transfer takes her further from her children, and the
 * safeguards follow the facility (Bangkok Rule 4: held close to home). Where she goes is a prison
 * of the unit registry, so her family and the monitors can find it.
 */
export function decideTransferPrisoner(command: TransferPrisoner, state: CustodyState): PrisonerTransferred[] {
  const { transfer, now } = command;
  switch (state.status) {
    case 'not-admitted':
      throw new DomainRuleViolation('CUSTODY.UNKNOWN', `no custody ${transfer.custodyId} is recorded`);
    case 'released':
      throw new DomainRuleViolation('CUSTODY.RELEASED', `she was released at ${state.releasedAt}`);
    case 'on-home-leave':
      throw new DomainRuleViolation('CUSTODY.ON_HOME_LEAVE', `she is on home leave until ${state.leaveUntil}; record her return first`);
    case 'held':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  if (transfer.toFacilityId === state.facilityId)
    throw new DomainRuleViolation('TRANSFER.SAME_FACILITY', `she is already held at ${state.facilityId}`);
  const problems = [
    ...unitKindProblems('toFacilityId', transfer.toFacilityId, command.toFacility, 'prison'),
    ...custodyTimeProblems('transferredAt', transfer.transferredAt, now, state),
  ];
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'PrisonerTransferred', data: { ...transfer, personId: state.personId, fromFacilityId: state.facilityId } }];
}

export const transferPrisoner: Decider<TransferPrisoner, CustodyState, PrisonerTransferred> = {
  initialState: initialCustodyState,
  decide: decideTransferPrisoner,
  evolve: evolveCustody,
};
