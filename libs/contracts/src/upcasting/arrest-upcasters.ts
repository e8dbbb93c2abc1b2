import type { DependantsScreeningRecordedData, DependantsScreeningRecordedDataV1 } from '../arrest/arrest-events';

/**
 * v1 always had a name and a sex for every child it listed, and no birth year: nothing was
 * withheld, and the year is left unknown rather than guessed from a date of birth or an age.
 */
export function dependantsScreeningRecordedV1toV2(v1: DependantsScreeningRecordedDataV1): DependantsScreeningRecordedData {
  return { ...v1, children: v1.children.map((child) => ({ ...child, detailsWithheld: null, birthYear: null })) };
}
