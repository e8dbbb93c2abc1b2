import { arrestWatchesOf, type ArrestWatch } from './arrest-watch';
import type { PersonFile } from '../person-file/person-file';
import type { PersonSafeguard } from './person-safeguard';
import type { SafeguardOutcome } from './safeguard-outcome';

interface ArrestRule {
  readonly ruleId: string;
  evaluate(watch: ArrestWatch): SafeguardOutcome[];
  /** Arrest deadlines are keyed by the arrest id. */
  onDeadline?(watch: ArrestWatch, now: Date): SafeguardOutcome[];
}

/** The five arrest rules read the same watches of the same (immutable) file: derived once per file. */
const watchesByFile = new WeakMap<PersonFile, ArrestWatch[]>();
function watchesOf(file: PersonFile): ArrestWatch[] {
  let watches = watchesByFile.get(file);
  if (!watches) watchesByFile.set(file, (watches = arrestWatchesOf(file)));
  return watches;
}

/** An arrest rule not yet on the reconciled view: run once per arrest in the file. */
export function arrestWatchRule(rule: ArrestRule): PersonSafeguard {
  const onDeadline = rule.onDeadline?.bind(rule);
  return {
    ruleId: rule.ruleId,
    evaluate: (file) => watchesOf(file).flatMap((watch) => rule.evaluate(watch)),
    onDeadline: onDeadline
      ? (file, arrestId, now) => {
          const watch = watchesOf(file).find((w) => w.arrestId === arrestId);
          return watch ? onDeadline(watch, now) : [{ kind: 'nothing', ruleId: rule.ruleId, reason: `arrest ${arrestId} is not in the file` }];
        }
      : undefined,
  };
}
