import type { VisitTookPlace, VisitTookPlaceData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider } from '@safeguard/domain';
import { evolveCustody, initialCustodyState, type CustodyState } from '../custody.state';
import { custodyTimeProblems } from '../custody-times';

export interface RecordVisit {
  readonly visit: Omit<VisitTookPlaceData, 'personId'>;
  readonly now: Date;
}

/**
 * Bangkok Rules 26 and 28: a visit is recorded as it took place, behind a screen or with contact,
 * with any fee the family was asked for. Every child who visits is one the prison knows of, so the
 * visit can be read in each child's file.
 */
export function decideRecordVisit(command: RecordVisit, state: CustodyState): VisitTookPlace[] {
  const { visit, now } = command;
  switch (state.status) {
    case 'not-admitted':
      throw new DomainRuleViolation('CUSTODY.UNKNOWN', `no custody ${visit.custodyId} is recorded`);
    case 'released':
      throw new DomainRuleViolation('CUSTODY.RELEASED', `she was released at ${state.releasedAt}`);
    case 'held':
    case 'on-home-leave':
      break;
    default: {
      const _exhaustive: never = state;
    }
  }
  const unknownChildIds = visit.childIds.filter((childId) => !state.knownChildIds.includes(childId));
  if (unknownChildIds.length > 0) {
    throw new DomainRuleViolation('CHILD.UNKNOWN', `child ${unknownChildIds.join(', ')} is not known in custody ${visit.custodyId}`, {
      childIds: unknownChildIds,
    });
  }
  const problems = custodyTimeProblems('visitedAt', visit.visitedAt, now, state);
  if (visit.childIds.length === 0 && visit.visitorName === null)
    problems.push({ field: 'visitorName', message: 'name the visitor when no child visited' });
  if (problems.length > 0) throw new InvalidInput('VISIT.INVALID', problems);
  return [{ type: 'VisitTookPlace', data: { ...visit, personId: state.personId } }];
}

export const recordVisit: Decider<RecordVisit, CustodyState, VisitTookPlace> = {
  initialState: initialCustodyState,
  decide: decideRecordVisit,
  evolve: evolveCustody,
};
