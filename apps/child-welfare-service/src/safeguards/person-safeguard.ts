import type { PersonFile } from '../person-file/person-file';
import type { SafeguardOutcome } from './safeguard-outcome';

/**
 * One rule of the catalogue, as a pure function of everything known about a person. `evaluate`
 * runs on every change of the file, whatever order its facts came in; it may schedule a deadline
 * (`subjectKey` names what the deadline is about), and `onDeadline` runs when that deadline has
 * passed by the injected clock. Neither reads the wall clock, a database or Nest.
 */
export interface PersonSafeguard {
  readonly ruleId: string;
  evaluate(file: PersonFile): SafeguardOutcome[];
  onDeadline?(file: PersonFile, subjectKey: string, now: Date): SafeguardOutcome[];
}
