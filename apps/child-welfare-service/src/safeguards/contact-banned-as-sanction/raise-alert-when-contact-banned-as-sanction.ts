import type { DisciplinarySanctionImposedData } from '@safeguard/contracts';
import { facilityAt, livingInPrison, type CustodyView } from '../../reconciled/custodies';
import { earliest, firstFrom, isBefore } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import type { Recorded } from '../../reconciled/recorded';
import { heldInPrison } from '../custody-alert';
import type { RulePolicy } from '../rule-policy';
import type { Finding, Rule } from '../rule';
import type { RuleWords } from '../rule-words';
import { addMinutes } from '../safeguard-outcome';

export const CONTACT_BANNED_AS_SANCTION = 'contact-banned-as-sanction';

/**
 * Bangkok Rule 23: a disciplinary sanction may not take away a woman's contact with her family,
 * especially her children. A sanction the prison records as restricting family contact is one
 * finding at once, dated when imposed, whether or not a child is known (the rule protects family
 * contact as such; the children any agency knows of outside prison are named). Its end is shown
 * by the first visit or call once its days have run, or her release: the engine resolves on
 * records, so a sanction that simply ran out with no contact recorded since stays open for a
 * reviewer.
 */
export function raiseAlertWhenContactBannedAsSanction(_policy: RulePolicy, words: RuleWords): Rule {
  return {
    ruleId: CONTACT_BANNED_AS_SANCTION,
    whenNothingOwed: 'no disciplinary sanction restricting family contact is recorded',
    judge: (view: FamilyView) => ({
      watches: [],
      findings: view.custodies.flatMap((custody) =>
        custody.sanctions.filter((s) => s.data.restrictsFamilyContact).map((s) => banned(view, custody, s, words)),
      ),
    }),
  };
}

function banned(view: FamilyView, custody: CustodyView, sanction: Recorded<DisciplinarySanctionImposedData>, words: RuleWords): Finding {
  const at = sanction.evidence.at;
  const ends = addMinutes(at, sanction.data.days * 24 * 60);
  const contactAfter = firstFrom(
    [...custody.visits, ...custody.calls].map((c) => ({ ...c.evidence, says: `${c.evidence.says}, once the sanction had run` })),
    ends,
  );
  const children = view.children.filter((c) => (c.bornAt === null || isBefore(c.bornAt, at)) && livingInPrison(c, custody)?.left !== null);
  const parent = words.parent(view.parent.sex);
  const whom =
    children.length > 0
      ? `${parent.possessive} family and ${words.count(children.length, 'child', 'children')} outside prison`
      : `${parent.possessive} family`;
  return {
    subjectKey: `${custody.custodyId}:${at}`,
    shownBy: { ...sanction.evidence, says: 'a sanction restricting family contact' },
    cured: earliest(contactAfter, custody.released?.evidence),
    alert: {
      ...heldInPrison(view, custody, at),
      childIds: children.flatMap((c) => c.refs),
      summary:
        `A disciplinary sanction of ${words.count(sanction.data.days, 'day', 'days')} imposed on ${parent.noun} at prison ${facilityAt(custody, at)} on ${words.instant(at)} ` +
        `restricts ${parent.possessive} contact with ${whom}, until ${words.instant(ends)}. A sanction may not stop family contact: restore ${parent.possessive} visits and calls.`,
      triggeringEventIds: [sanction.evidence.eventId],
    },
  };
}
