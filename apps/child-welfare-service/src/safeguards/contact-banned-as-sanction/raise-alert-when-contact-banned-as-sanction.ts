import type { PersonFile } from '../../person-file/person-file';
import type { PersonSafeguard } from '../person-safeguard';
import { custodiesOf, custodyAlert, ofCustody } from '../prison-facts';
import type { RulePolicy } from '../rule-policy';
import type { SafeguardOutcome } from '../safeguard-outcome';

export const CONTACT_BANNED_AS_SANCTION = 'contact-banned-as-sanction';

/**
 * Bangkok Rule 23: a disciplinary sanction may not take away a woman's contact with her family,
 * especially her children. A DisciplinarySanctionImposed that restricts family contact raises an
 * alert at once (`${custodyId}:${imposedAt}`), dated at the sanction, whether or not a child is
 * known: the rule protects family contact as such. No fact lifts a sanction, so a reviewer closes it.
 */
export function raiseAlertWhenContactBannedAsSanction(policy: RulePolicy): PersonSafeguard {
  const ruleId = CONTACT_BANNED_AS_SANCTION;

  function evaluate(file: PersonFile): SafeguardOutcome[] {
    const outcomes = custodiesOf(file).flatMap((custody) =>
      ofCustody(file, 'DisciplinarySanctionImposed', custody.custodyId).map((sanction): SafeguardOutcome => {
        const { imposedAt, days, restrictsFamilyContact } = sanction.data;
        if (!restrictsFamilyContact) return { kind: 'nothing', ruleId, reason: `the sanction of ${imposedAt} leaves her family contact as it was` };
        const subjectKey = `${custody.custodyId}:${imposedAt}`;
        return {
          kind: 'raise-alert',
          alert: custodyAlert(ruleId, policy, custody, imposedAt, {
            subjectKey,
            childIds: [],
            summary: `A ${days}-day disciplinary sanction imposed on ${imposedAt} restricts her contact with her family.`,
            dueAt: imposedAt,
            triggeringEventIds: [sanction.eventId],
          }),
        };
      }),
    );
    return outcomes.length > 0 ? outcomes : [{ kind: 'nothing', ruleId, reason: 'no disciplinary sanction is recorded' }];
  }

  return { ruleId, evaluate };
}
