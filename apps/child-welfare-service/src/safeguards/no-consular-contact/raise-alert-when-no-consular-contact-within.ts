import type { ArrestView } from '../../reconciled/arrests';
import { custodyById, type CustodyView } from '../../reconciled/custodies';
import { earliest, firstFrom, isBefore, type Evidence } from '../../reconciled/evidence';
import type { FamilyView } from '../../reconciled/family-view';
import { benchmarkNote, heldInPrison } from '../custody-alert';
import type { ConsularContactPolicy } from '../prison-policy';
import type { AlertSketch, Rule, Watch } from '../rule';
import type { RuleWords } from '../rule-words';
import { addMinutes } from '../safeguard-outcome';

export const NO_CONSULAR_CONTACT = 'no-consular-contact';

/**
 * Vienna Convention on Consular Relations art. 36(1)(b): a foreign national in custody is told
 * without delay of her right to contact her consulate. She is foreign when the police or a prison
 * record a nationality other than the policy's. One watch per stay in custody — an arrest and the
 * prison custodies it led to, or a prison custody no arrest joins — due `withinHours` after the
 * stay began (police custody, else admission). Met by an offer the police or the prison recorded
 * (declining shows it was offered); her release ends it. Whoever holds her when it falls due must
 * act: the arresting unit until she is admitted to prison, the prison holding her after.
 */
export function raiseAlertWhenNoConsularContactWithin(policy: ConsularContactPolicy, words: RuleWords): Rule {
  return {
    ruleId: NO_CONSULAR_CONTACT,
    whenNothingOwed: 'no foreign national is known to be in custody',
    judge: (view: FamilyView) => ({ findings: [], watches: staysOf(view).flatMap((stay) => watchOf(view, stay, policy, words)) }),
  };
}

interface Stay {
  readonly subjectKey: string;
  readonly arrest: ArrestView | null;
  /** Her prison custodies in the stay, in admission order. */
  readonly custodies: readonly CustodyView[];
  readonly began: Evidence;
  readonly offers: readonly Evidence[];
}

function staysOf(view: FamilyView): Stay[] {
  const byArrest = view.arrests.flatMap((arrest): Stay[] => {
    const custodies = arrest.custodyIds.map((id) => custodyById(view.custodies, id)).filter((c): c is CustodyView => c !== null);
    const began = arrest.policeCustody?.evidence ?? earliest(...custodies.map((c) => c.admission.evidence));
    return began ? [{ subjectKey: arrest.arrestId, arrest, custodies: inAdmissionOrder(custodies), began, offers: arrest.consularOffers }] : [];
  });
  const alone = view.custodies
    .filter((c) => c.arrestId === null)
    .map((c): Stay => ({
      subjectKey: c.custodyId,
      arrest: null,
      custodies: [c],
      began: c.admission.evidence,
      offers: c.consular.map((r) => r.evidence),
    }));
  return [...byArrest, ...alone];
}

const inAdmissionOrder = (custodies: readonly CustodyView[]) =>
  [...custodies].sort((a, b) => Date.parse(a.admission.evidence.at) - Date.parse(b.admission.evidence.at));

function watchOf(view: FamilyView, stay: Stay, policy: ConsularContactPolicy, words: RuleWords): Watch[] {
  const nationalities = [view.parent.nationality, ...stay.custodies.map((c) => c.admission.data.nationality)].filter((n): n is string => !!n);
  const foreign = nationalities.find((n) => n !== policy.nationality);
  if (!foreign) return [];
  const dueAt = addMinutes(stay.began.at, policy.withinHours * 60);
  const last = stay.custodies.at(-1);
  const parent = words.parent(view.parent.sex);
  const where = whoHolds(view, stay, dueAt);
  return [
    {
      subjectKey: stay.subjectKey,
      dueAt,
      setBy: stay.began,
      met: firstFrom(stay.offers, stay.began.at),
      moot: earliest(...(stay.arrest?.releases ?? []), last?.released?.evidence),
      alert: {
        ...where,
        childIds: [],
        summary:
          `No record that ${parent.person}, a national of ${countryName(foreign)} held since ${words.instant(stay.began.at)}, was offered contact with ${parent.possessive} consulate ` +
          `within ${words.count(policy.withinHours, 'hour', 'hours')}${benchmarkNote(policy)}. The ${where.responsible.agency === 'police' ? 'police unit' : 'prison'} holding ${parent.object} must offer it now.`,
        triggeringEventIds: [stay.began.eventId],
      },
    },
  ];
}

/** The police until she is admitted to prison; the prison holding her after. */
function whoHolds(view: FamilyView, stay: Stay, at: string): Pick<AlertSketch, 'responsible' | 'arrestId' | 'province'> {
  const admitted = [...stay.custodies].reverse().find((c) => !isBefore(at, c.admission.evidence.at));
  if (admitted || !stay.arrest) return heldInPrison(view, admitted ?? stay.custodies[0], at);
  return { responsible: { agency: 'police', unitId: stay.arrest.unitId }, arrestId: stay.arrest.arrestId, province: stay.arrest.province };
}

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

/** "Viet Nam" for "VN": a person reads the country, not its code. */
function countryName(code: string): string {
  return /^[A-Z]{2}$/.test(code) ? (regions.of(code) ?? code) : code;
}
