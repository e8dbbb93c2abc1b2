import type { MedicalEventRecorded, MedicalEventRecordedData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';
import { custodyTimeProblems } from '../custody-times';

export interface RecordMedicalEvent {
  readonly medicalEvent: Omit<MedicalEventRecordedData, 'personId'>;
  readonly now: Date;
}

/**
 * A hospitalisation or serious illness of hers, or of a child living in prison with her (Bangkok
 * Rules 48 and 51): the prison answers for a child's health only while the child lives inside.
 */
export function decideRecordMedicalEvent(command: RecordMedicalEvent, state: CustodyState): MedicalEventRecorded[] {
  const { medicalEvent, now } = command;
  switch (state.status) {
    case 'not-admitted':
      throw new DomainRuleViolation('CUSTODY.UNKNOWN', `no custody ${medicalEvent.custodyId} is recorded`);
    case 'released':
      throw new DomainRuleViolation('CUSTODY.RELEASED', `she was released at ${state.releasedAt}`);
    case 'held':
    case 'on-home-leave':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const { childId } = medicalEvent;
  if (childId !== null && !state.childrenInPrison.some((c) => c.childId === childId)) {
    throw new DomainRuleViolation('CHILD.NOT_IN_PRISON', `child ${childId} does not live in prison with her`, { childIds: [childId] });
  }
  const problems = custodyTimeProblems('occurredAt', medicalEvent.occurredAt, now, state);
  if (problems.length > 0) throw new InvalidInput('MEDICAL_EVENT.INVALID', problems);
  return [{ type: 'MedicalEventRecorded', data: { ...medicalEvent, personId: state.personId } }];
}

export const recordMedicalEvent: Decider<RecordMedicalEvent, CustodyState, MedicalEventRecorded> = {
  initialState: initialCustodyState,
  decide: decideRecordMedicalEvent,
  evolve: evolveCustody,
};
