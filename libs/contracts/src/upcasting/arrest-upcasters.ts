import type {
  ArrestRecordCorrectedData,
  ArrestRecordCorrectedDataV1,
  DependantsScreeningRecordedData,
  DependantsScreeningRecordedDataV1,
} from '../arrest/arrest-events';

/**
 * v1 always had a name and a sex for every child it listed, and no birth year: nothing was
 * withheld, and the year is left unknown rather than guessed from a date of birth or an age.
 */
export function dependantsScreeningRecordedV1toV2(v1: DependantsScreeningRecordedDataV1): DependantsScreeningRecordedData {
  return { ...v1, children: v1.children.map((child) => ({ ...child, detailsWithheld: null, birthYear: null })) };
}

/** v1's correction time was always the time the arrest service received it, and now says so. */
export function arrestRecordCorrectedV1toV2(v1: ArrestRecordCorrectedDataV1): ArrestRecordCorrectedData {
  return { ...v1, correctedAtSource: 'time-of-receipt' };
}
