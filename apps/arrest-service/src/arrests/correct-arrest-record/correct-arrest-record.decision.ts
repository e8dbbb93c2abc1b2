import type { ArrestRecordCorrected, ArrestRecordCorrectedData } from '@safeguard/contracts';
import { DomainRuleViolation, InvalidInput, type Decider, type FieldProblem } from '@safeguard/domain';
import { evolveArrestAsRecorded, initialArrestAsRecorded, type ArrestAsRecorded } from './arrest-as-recorded';
import { correctedValueProblem } from './corrected-value-rules';

export interface CorrectArrestRecord {
  readonly correction: Pick<ArrestRecordCorrectedData, 'arrestId' | 'field' | 'correctedValue' | 'reason'>;
  readonly now: Date;
}

/**
 * A recorded fact was wrong. Nothing is rewritten: the correction is a new fact that keeps what
 * the record said before (taken from the record, not from the caller) and why it changed.
 */
export function decideCorrectArrestRecord(command: CorrectArrestRecord, state: ArrestAsRecorded): ArrestRecordCorrected[] {
  const { arrestId, field, correctedValue, reason } = command.correction;
  if (state.status === 'not-recorded') throw new DomainRuleViolation('ARREST.UNKNOWN', `no arrest ${arrestId} is recorded`);
  const previousValue = state.values[field];
  const problems: FieldProblem[] = [];
  const wrongValue = correctedValueProblem(field, correctedValue, state);
  if (wrongValue !== null) problems.push({ field: 'correctedValue', message: wrongValue });
  else if (correctedValue === previousValue) problems.push({ field: 'correctedValue', message: 'is the value already recorded' });
  if (reason.trim().length < 3) problems.push({ field: 'reason', message: 'say why the record was wrong' });
  if (problems.length > 0) throw new InvalidInput('CORRECTION.INVALID', problems);

  return [
    {
      type: 'ArrestRecordCorrected',
      data: { arrestId, personId: state.personId, correctedAt: command.now.toISOString(), field, previousValue, correctedValue, reason },
    },
  ];
}

export const correctArrestRecord: Decider<CorrectArrestRecord, ArrestAsRecorded, ArrestRecordCorrected> = {
  initialState: initialArrestAsRecorded,
  decide: decideCorrectArrestRecord,
  evolve: evolveArrestAsRecorded,
};
