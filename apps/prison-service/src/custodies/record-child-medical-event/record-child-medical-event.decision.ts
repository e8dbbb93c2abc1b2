import type { ChildMedicalEventRecorded, ChildMedicalEventRecordedData } from '@safeguard/contracts';
import { type Decider, DomainRuleViolation, type FieldProblem, InvalidInput, isAfterNow } from '@safeguard/domain';
import { notBeforeAdmissionProblems } from '../custody-times';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';

export interface RecordChildMedicalEvent {
  readonly medicalEvent: Omit<ChildMedicalEventRecordedData, 'personId'>;
  readonly now: Date;
}

/**
 * A child of hers living outside prison was taken to hospital or fell seriously ill, as the prison
 * learnt it (from a relative, a social worker). She is owed the news at once (Nelson Mandela Rule
 * 70), so the child must be one the prison knows of; a child living inside is the prison's own
 * medical record (medical-events), not news to bring her.
 */
export function decideRecordChildMedicalEvent(command: RecordChildMedicalEvent, state: CustodyState): ChildMedicalEventRecorded[] {
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
  if (!state.knownChildIds.includes(childId)) {
    throw new DomainRuleViolation('CHILD.UNKNOWN', `child ${childId} is not known in custody ${medicalEvent.custodyId}`, { childIds: [childId] });
  }
  if (state.childrenInPrison.some((c) => c.childId === childId)) {
    throw new DomainRuleViolation('CHILD.IN_PRISON', `child ${childId} lives in prison with her: record it as a medical event of the custody`, {
      childIds: [childId],
    });
  }
  const problems: FieldProblem[] = isAfterNow(medicalEvent.occurredAt, now)
    ? [{ field: 'occurredAt', message: 'cannot be in the future' }]
    : notBeforeAdmissionProblems('occurredAt', medicalEvent.occurredAt, state);
  if (problems.length > 0) throw new InvalidInput('MEDICAL_EVENT.INVALID', problems);
  return [{ type: 'ChildMedicalEventRecorded', data: { ...medicalEvent, personId: state.personId } }];
}

export const recordChildMedicalEvent: Decider<RecordChildMedicalEvent, CustodyState, ChildMedicalEventRecorded> = {
  initialState: initialCustodyState,
  decide: decideRecordChildMedicalEvent,
  evolve: evolveCustody,
};
