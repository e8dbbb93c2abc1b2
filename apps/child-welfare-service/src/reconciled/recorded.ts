import { factsOf, type AgencyEventType, type FactOf, type PersonFile } from '../person-file/person-file';
import { evidenceOf, type Evidence } from './evidence';

/** One agency record as the view hands it on: what it says (`data`) and who recorded it when (`evidence`). */
export interface Recorded<D> {
  readonly data: D;
  readonly evidence: Evidence;
}

/** Every record of one type in the file, in event-time order, each with its evidence worded `says`. */
export function recordsOf<T extends AgencyEventType>(
  file: PersonFile,
  type: T,
  says: string | ((data: FactOf<T>['data']) => string),
  where: (data: FactOf<T>['data']) => boolean = () => true,
): Recorded<FactOf<T>['data']>[] {
  return factsOf(file, type)
    .filter((f) => where(f.data))
    .map((f) => ({ data: f.data, evidence: evidenceOf(f, typeof says === 'string' ? says : says(f.data)) }));
}
