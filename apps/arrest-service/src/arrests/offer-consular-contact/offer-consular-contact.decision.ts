import type { ConsularContactOffered, ConsularContactOfferedData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider, type FieldProblem } from '@safeguard/domain';
import { evolveArrest, initialArrestState, type ArrestState, type RecordedArrest } from '../arrest.state';
import { custodyTimeProblems, theArrest } from '../custody-times';

export interface OfferConsularContact {
  readonly offer: Omit<ConsularContactOfferedData, 'personId'>;
  readonly now: Date;
}

/**
 * The police offered a foreign national contact with her consulate, made it for her, or she
 * declined it (Vienna Convention on Consular Relations art. 36(1)(b): "without delay"). It may be
 * recorded after she left their hands, as long as it happened while she was in them: once she is
 * released or in prison, an offer is no longer the police's to make.
 */
export function decideOfferConsularContact(command: OfferConsularContact, state: ArrestState): ConsularContactOffered[] {
  const { offer, now } = command;
  if (state.status === 'not-recorded') throw new DomainRuleViolation('ARREST.UNKNOWN', `no arrest ${offer.arrestId} is recorded`);
  const problems: FieldProblem[] = custodyTimeProblems('offeredAt', offer.offeredAt, now, theArrest(state));
  const left = leftPoliceHands(state);
  if (problems.length === 0 && left !== null && Date.parse(offer.offeredAt) > Date.parse(left.at)) {
    problems.push({ field: 'offeredAt', message: `cannot be after ${left.what}` });
  }
  if (problems.length > 0) throw new InvalidInput('CONSULAR_CONTACT.INVALID', problems);
  return [{ type: 'ConsularContactOffered', data: { ...offer, personId: state.personId } }];
}

function leftPoliceHands(state: RecordedArrest): { at: string; what: string } | null {
  switch (state.status) {
    case 'arrested':
    case 'in-police-custody':
      return null;
    case 'released':
      return { at: state.releasedAt, what: 'she was released' };
    case 'transferred-to-prison':
      return { at: state.transferredAt, what: 'she was transferred to prison' };
    default: {
      const _exhaustive: never = state;
      return null;
    }
  }
}

export const offerConsularContact: Decider<OfferConsularContact, ArrestState, ConsularContactOffered> = {
  initialState: initialArrestState,
  decide: decideOfferConsularContact,
  evolve: evolveArrest,
};
