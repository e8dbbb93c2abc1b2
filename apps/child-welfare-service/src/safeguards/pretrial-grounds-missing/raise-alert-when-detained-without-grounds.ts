import type { PretrialDecisionMadeData } from '@safeguard/contracts';
import { spellOf, type CaseView } from '../../reconciled/cases';
import { earliest, isBefore } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import type { Recorded } from '../../reconciled/recorded';
import { beforeTheCourt } from '../court-alert';
import type { Finding, Rule } from '../rule';
import type { RulePolicy } from '../rule-policy';
import { sentenceCase, type RuleWords } from '../rule-words';

export const PRETRIAL_GROUNDS_MISSING = 'pretrial-grounds-missing';

type Decision = Recorded<PretrialDecisionMadeData>;

/**
 * A detention order must say which of the six grounds of CCP art. 205 apply and argue for it in
 * writing (the 2014 pre-trial detention forms; LICADHO 2015 found them used badly). An order with
 * no ground or no written justification raises an alert at once against the court, keyed
 * `${caseId}:${decidedAt}`. It applies to everyone the service follows, not only to known parents:
 * an unlawful order is unlawful whoever is held, and the children may only be recorded later.
 *
 * A later detention order on the case that states grounds and reasons resolves it, as does the end
 * of that detention by any agency's record (the court's release, verdict or closing, the prison's
 * release). Extensions carry no grounds in their record, so they are not checked here.
 */
export function raiseAlertWhenDetainedWithoutGrounds(_policy: RulePolicy, words: RuleWords): Rule {
  return {
    ruleId: PRETRIAL_GROUNDS_MISSING,
    whenNothingOwed: 'every detention order states a ground of detention and a written justification',
    judge: (view: FamilyView) => ({ watches: [], findings: view.cases.flatMap((c) => c.decisions.flatMap((d) => findingOf(view, c, d, words))) }),
  };
}

function gapsOf(d: Decision): string[] {
  return [
    ...(d.data.grounds.length === 0 ? ['no ground of detention'] : []),
    ...(d.data.justification === null || d.data.justification.trim() === '' ? ['no written justification'] : []),
  ];
}

function findingOf(view: FamilyView, c: CaseView, d: Decision, words: RuleWords): Finding[] {
  if (d.data.outcome !== 'detention') return [];
  const gaps = gapsOf(d);
  if (gaps.length === 0) return [];
  const reasoned = c.decisions.find(
    (later) => isBefore(d.evidence.at, later.evidence.at) && later.data.outcome === 'detention' && gapsOf(later).length === 0,
  );
  const p = words.parent(view.parent.sex);
  return [
    {
      subjectKey: `${c.caseId}:${d.data.decidedAt}`,
      shownBy: { ...d.evidence, says: `detention ordered with ${gaps.join(' and ')}` },
      cured: earliest(reasoned && { ...reasoned.evidence, says: 'a later detention order stated its grounds and reasons' }, spellOf(c, d)?.ended),
      alert: {
        ...beforeTheCourt(view, c, d.evidence.at),
        summary:
          `${sentenceCase(p.person)} was ordered detained before trial on ${words.instant(d.evidence.at)} in case ${c.reference} with ${gaps.join(' and ')}. ` +
          `The court must state its grounds and reasons in a new order or release ${p.object}.`,
        triggeringEventIds: [d.evidence.eventId],
      },
    },
  ];
}
