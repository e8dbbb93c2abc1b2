import type {
  CaseOpenedData,
  CaseOpenedDataV1,
  ClemencyGrantedData,
  ClemencyGrantedDataV1,
  HearingScheduledData,
  HearingScheduledDataV1,
  SentenceImposedData,
  SentenceImposedDataV1,
} from '../court/court-events';

/** v1 charges did not carry a minimum penalty: not stated, so CCP art. 209's cap cannot be counted from it. */
export function caseOpenedV1toV2(v1: CaseOpenedDataV1): CaseOpenedData {
  return { ...v1, charges: v1.charges.map((charge) => ({ ...charge, minimumPenaltyMonths: null })) };
}

/** v1's `scheduledAt` was stamped by the court service when the record arrived, never stated by the court. */
export function hearingScheduledV1toV2(v1: HearingScheduledDataV1): HearingScheduledData {
  return { ...v1, scheduledAtSource: 'time-of-receipt' };
}

/** v1 judgments stated neither a custody start nor credited days: her term counts from her present custody, credit not stated. */
export function sentenceImposedV1toV2(v1: SentenceImposedDataV1): SentenceImposedData {
  return { ...v1, custodyStartsAt: null, creditedDays: null };
}

/** v1 read a grant as taking effect when granted, the only time it had. */
export function clemencyGrantedV1toV2(v1: ClemencyGrantedDataV1): ClemencyGrantedData {
  return { ...v1, effectiveAt: v1.grantedAt };
}
