import type { Sex } from '@safeguard/contracts';
import type { CaseView } from '../reconciled/cases';
import { parentAt, pregnantBy } from '../reconciled/dependants';
import { isBefore, type Evidence } from '../reconciled/evidence';
import type { FamilyView } from '../reconciled/family-view';
import type { AlertSketch } from './rule';

/**
 * Where an alert about a case belongs: the court whose credential opened it (never a judge's name
 * or a courtroom: a unit that can be reached), the arrest it was opened from and its province, and
 * every child any agency knows she had at `at`.
 */
export function beforeTheCourt(view: FamilyView, c: CaseView, at: string): Pick<AlertSketch, 'responsible' | 'arrestId' | 'province' | 'childIds'> {
  const arrest = view.arrests.find((a) => c.arrestIds.includes(a.arrestId)) ?? null;
  return {
    responsible: { agency: 'court', unitId: c.courtUnitId },
    arrestId: arrest?.arrestId ?? c.arrestIds.at(0) ?? null,
    province: arrest?.province ?? view.parent.province,
    childIds: view.children.filter((child) => child.bornAt === null || !isBefore(at, child.bornAt)).flatMap((child) => child.refs),
  };
}

/**
 * Whom the Bangkok Rules protect at a court's decision: a parent of dependent children (known from
 * any agency's record, a count or children present at the arrest included) or a woman who was
 * pregnant by then, with the records that show it. Null when no record shows either: the rule
 * cannot tell that the court overlooked a family.
 */
export interface FamilyOnRecord {
  readonly parent: Evidence | null;
  readonly pregnant: Evidence | null;
  /** The parent's sex as recorded; a pregnancy on record says she is a woman when nothing else does. */
  readonly sex: Sex | null;
  /** "2 children present at the arrest; pregnancy recorded by the prison": what shows it, for the reader. */
  readonly shownBy: string;
}

export function familyOnRecord(view: FamilyView, at: string): FamilyOnRecord | null {
  const parent = parentAt(view.dependants, at);
  const pregnant = pregnantBy(view.dependants, at);
  if (!parent && !pregnant) return null;
  return {
    parent,
    pregnant,
    sex: view.parent.sex ?? (pregnant ? 'female' : null),
    shownBy: [parent, pregnant]
      .filter((e): e is Evidence => e !== null)
      .map((e) => e.says)
      .join('; '),
  };
}
