import { DomainRuleViolation } from '@safeguard/domain';
import type { CaseState, OpenCase } from './case.state';

/** Most court facts may only be recorded on an open case: an unknown case or a closed one is refused (422). */
export function assertCaseOpen(state: CaseState, caseId: string): asserts state is OpenCase {
  switch (state.status) {
    case 'no-case':
      throw new DomainRuleViolation('CASE.UNKNOWN', `no case ${caseId} is opened`);
    case 'closed':
      throw new DomainRuleViolation('CASE.CLOSED', `the case was closed at ${state.closedAt}`);
    case 'open':
      return;
    default: {
      const _exhaustive: never = state;
    }
  }
}
