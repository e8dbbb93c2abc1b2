import type { ArrestRecordCorrected, ArrestRecordCorrectedData } from '@safeguard/contracts';
import { type Decider, DomainRuleViolation, type FieldProblem, InvalidInput, isAfterNow } from '@safeguard/domain';
import { evolveArrestAsRecorded, initialArrestAsRecorded, type ArrestAsRecorded } from './arrest-as-recorded';
import { correctedValueProblem } from './corrected-value-rules';

export interface CorrectArrestRecord {
  /** `correctedAt` is when the police corrected the record, as they state it; null when they do not say. */
  readonly correction: Pick<ArrestRecordCorrectedData, 'arrestId' | 'field' | 'correctedValue' | 'reason'> & { readonly correctedAt: string | null };
  readonly now: Date;
}

/**
 * A recorded fact was wrong. Nothing is rewritten: the correction is a new fact that keeps what
 * the record said before (taken from the record, not from the caller) and why it changed. The
 * police's own time of the correction is kept when they state it: already past (a fast clock
 * aside) and not before the arrest it corrects. Without it, the time the correction reached us
 * stands for it, labelled `time-of-receipt`.
 */
export function decideCorrectArrestRecord(command: CorrectArrestRecord, state: ArrestAsRecorded): ArrestRecordCorrected[] {
  const { arrestId, field, correctedValue, reason, correctedAt } = command.correction;
  if (state.status === 'not-recorded') throw new DomainRuleViolation('ARREST.UNKNOWN', `no arrest ${arrestId} is recorded`);
  const previousValue = state.values[field];
  const problems: FieldProblem[] = [];
  const wrongValue = correctedValueProblem(field, correctedValue, state);
  if (wrongValue !== null) problems.push({ field: 'correctedValue', message: wrongValue });
  else if (correctedValue === previousValue) problems.push({ field: 'correctedValue', message: 'is the value already recorded' });
  if (reason.trim().length < 3) problems.push({ field: 'reason', message: 'say why the record was wrong' });
  if (correctedAt !== null && isAfterNow(correctedAt, command.now)) problems.push({ field: 'correctedAt', message: 'cannot be in the future' });
  else if (correctedAt !== null && Date.parse(correctedAt) < Date.parse(state.arrestedAt))
    problems.push({ field: 'correctedAt', message: 'cannot be before the arrest' });
  if (problems.length > 0) throw new InvalidInput('CORRECTION.INVALID', problems);

  const when =
    correctedAt === null
      ? { correctedAt: command.now.toISOString(), correctedAtSource: 'time-of-receipt' as const }
      : { correctedAt, correctedAtSource: 'stated-by-agency' as const };
  return [{ type: 'ArrestRecordCorrected', data: { arrestId, personId: state.personId, ...when, field, previousValue, correctedValue, reason } }];
}

export const correctArrestRecord: Decider<CorrectArrestRecord, ArrestAsRecorded, ArrestRecordCorrected> = {
  initialState: initialArrestAsRecorded,
  decide: decideCorrectArrestRecord,
  evolve: evolveArrestAsRecorded,
};
