import type { FieldProblem } from '@safeguard/domain';
import type { RecordedArrest } from './arrest.state';

/**
 * When something was done for her children, as police software reports it: already happened
 * (`now` comes on the command) and not before the arrest that made it needed. The children's
 * safeguards measure their deadlines from these times, so an impossible one is refused.
 */
export function childCareTimeProblems(field: string, at: string, now: Date, arrest: RecordedArrest): FieldProblem[] {
  const time = Date.parse(at);
  if (time > now.getTime()) return [{ field, message: 'cannot be in the future' }];
  if (time < Date.parse(arrest.arrestedAt)) return [{ field, message: 'cannot be before the arrest' }];
  return [];
}
