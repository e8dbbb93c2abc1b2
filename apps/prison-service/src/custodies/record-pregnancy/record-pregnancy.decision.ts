import type { PregnancyRecorded, PregnancyRecordedData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';
import { custodyTimeProblems } from '../custody-times';

export interface RecordPregnancy {
  readonly pregnancy: Omit<PregnancyRecordedData, 'personId'>;
  readonly now: Date;
}

/** Bangkok Rules 48 and 51: a pregnant woman's diet, health care and delivery are planned for. */
export function decideRecordPregnancy(command: RecordPregnancy, state: CustodyState): PregnancyRecorded[] {
  const { pregnancy: p, now } = command;
  switch (state.status) {
    case 'not-admitted':
      throw new DomainRuleViolation('CUSTODY.UNKNOWN', `no custody ${p.custodyId} is admitted`);
    case 'released':
      throw new DomainRuleViolation('CUSTODY.RELEASED', `she was released at ${state.releasedAt}`);
    case 'held':
    case 'on-home-leave':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const problems = custodyTimeProblems('recordedAt', p.recordedAt, now, state);
  // A delivery date already behind the record is a birth to record, not a pregnancy.
  if (p.expectedDeliveryDate !== null && p.expectedDeliveryDate < p.recordedAt.slice(0, 10)) {
    problems.push({ field: 'expectedDeliveryDate', message: 'cannot be before recordedAt' });
  }
  if (problems.length > 0) throw new InvalidInput('CUSTODY.INVALID', problems);
  return [{ type: 'PregnancyRecorded', data: { ...p, personId: state.personId } }];
}

export const recordPregnancy: Decider<RecordPregnancy, CustodyState, PregnancyRecorded> = {
  initialState: initialCustodyState,
  decide: decideRecordPregnancy,
  evolve: evolveCustody,
};
