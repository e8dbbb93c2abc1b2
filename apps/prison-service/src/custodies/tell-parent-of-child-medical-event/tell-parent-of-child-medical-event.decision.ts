import type { ParentToldOfChildMedicalEvent, ParentToldOfChildMedicalEventData } from '@safeguard/contracts';
import { type Decider, DomainRuleViolation, type FieldProblem, InvalidInput, isAfterNow } from '@safeguard/domain';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';

export interface TellParentOfChildMedicalEvent {
  readonly told: Omit<ParentToldOfChildMedicalEventData, 'personId' | 'childId'>;
  readonly now: Date;
}

/**
 * She was told of her child's medical event: the fact that meets the duty the event set (Nelson
 * Mandela Rule 70). It names an event recorded on her custody, and the child comes from that
 * record, not from the caller, so it cannot be filed under another child. She cannot have been
 * told before it happened. Recorded after her release too: the prison may have told her on the
 * way out, and the record is late, not wrong.
 */
export function decideTellParentOfChildMedicalEvent(command: TellParentOfChildMedicalEvent, state: CustodyState): ParentToldOfChildMedicalEvent[] {
  const { told, now } = command;
  if (state.status === 'not-admitted') throw new DomainRuleViolation('CUSTODY.UNKNOWN', `no custody ${told.custodyId} is recorded`);
  const event = state.childMedicalEvents.find((e) => e.medicalEventId === told.medicalEventId);
  if (!event)
    throw new DomainRuleViolation(
      'MEDICAL_EVENT.UNKNOWN',
      `no medical event ${told.medicalEventId} of her children is recorded in custody ${told.custodyId}`,
    );
  const problems: FieldProblem[] = [];
  if (isAfterNow(told.toldAt, now)) problems.push({ field: 'toldAt', message: 'cannot be in the future' });
  else if (Date.parse(told.toldAt) < Date.parse(event.occurredAt)) problems.push({ field: 'toldAt', message: 'cannot be before the medical event' });
  if (problems.length > 0) throw new InvalidInput('MEDICAL_EVENT.INVALID', problems);
  return [{ type: 'ParentToldOfChildMedicalEvent', data: { ...told, personId: state.personId, childId: event.childId } }];
}

export const tellParentOfChildMedicalEvent: Decider<TellParentOfChildMedicalEvent, CustodyState, ParentToldOfChildMedicalEvent> = {
  initialState: initialCustodyState,
  decide: decideTellParentOfChildMedicalEvent,
  evolve: evolveCustody,
};
