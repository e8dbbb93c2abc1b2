import { flagArrestConductForReview } from './arrest-conduct-review/flag-arrest-conduct-for-review';
import { arrestWatchesOf, type ArrestWatch } from './arrest-watch';
import { raiseAlertWhenChildWithoutSafeCare } from './child-without-safe-care/raise-alert-when-child-without-safe-care';
import { raiseAlertWhenCustodyBeforeCareArranged } from './custody-before-care-arranged/raise-alert-when-custody-before-care-arranged';
import { raiseAlertWhenDependantsNotAskedWithin } from './dependants-not-asked-at-arrest/raise-alert-when-dependants-not-asked-within';
import { raiseAlertWhenNoFamilyContactWithin } from './no-family-contact/raise-alert-when-no-family-contact-within';
import type { PersonFile } from '../person-file/person-file';
import type { PersonSafeguard } from './person-safeguard';
import type { SafeguardPolicy } from './policy';
import type { SafeguardOutcome } from './safeguard-outcome';

interface ArrestRule {
  readonly ruleId: string;
  evaluate(watch: ArrestWatch): SafeguardOutcome[];
  /** Arrest deadlines are keyed by the arrest id. */
  onDeadline?(watch: ArrestWatch, now: Date): SafeguardOutcome[];
}

/** The arrest safeguards (catalogue 1–7): each reads one arrest at a time, so each runs once per arrest in the file. */
export function arrestSafeguards(policy: SafeguardPolicy): PersonSafeguard[] {
  const rules: ArrestRule[] = [
    raiseAlertWhenDependantsNotAskedWithin(policy.rules['dependants-not-asked-at-arrest']),
    raiseAlertWhenNoFamilyContactWithin(policy.rules['no-family-contact']),
    raiseAlertWhenChildWithoutSafeCare(policy.rules['child-without-safe-care']),
    raiseAlertWhenCustodyBeforeCareArranged(policy.rules['custody-before-care-arranged']),
    flagArrestConductForReview(policy.rules['arrest-conduct-review']),
  ];
  return rules.map(perArrest);
}

/** The five arrest rules read the same watches of the same (immutable) file: derived once per file. */
const watchesByFile = new WeakMap<PersonFile, ArrestWatch[]>();
function watchesOf(file: PersonFile): ArrestWatch[] {
  let watches = watchesByFile.get(file);
  if (!watches) watchesByFile.set(file, (watches = arrestWatchesOf(file)));
  return watches;
}

function perArrest(rule: ArrestRule): PersonSafeguard {
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
