import type { Sex } from '@safeguard/contracts';
import type { PersonFile } from '../person-file/person-file';
import { parentDetails } from '../journeys/parent-details';
import { arrestsOf, type ArrestView } from './arrests';
import { casesOf, type CaseView } from './cases';
import { childrenOf, type ChildView } from './children';
import { custodiesOf, type CustodyView } from './custodies';
import { dependantsOf, type DependantsView } from './dependants';

/**
 * The one view of a family every safeguard rule reads: derived purely from everything the police,
 * the courts and the prisons published about one parent, with each piece naming the agency and
 * event that recorded it. A rule asks this view whether a child is cared for, whether anyone asked
 * about the children, whether the family was told — never one agency's raw records, because the
 * fact owed may be recorded by another agency (catalogue: "any agency, whichever came first, at
 * the time it says the thing happened").
 */
export interface FamilyView {
  readonly personId: string;
  readonly parent: ParentView;
  readonly dependants: DependantsView;
  readonly children: readonly ChildView[];
  readonly arrests: readonly ArrestView[];
  readonly cases: readonly CaseView[];
  readonly custodies: readonly CustodyView[];
}

export interface ParentView {
  readonly personId: string;
  /** As the police recorded it, with their corrections; null when no agency recorded it (the parent is then "the parent"). */
  readonly sex: Sex | null;
  readonly nationality: string | null;
  /** The province of her latest arrest, as corrected. */
  readonly province: string | null;
}

const views = new WeakMap<PersonFile, FamilyView>();

/** The view of one file, built once however many rules read it (a file is immutable). */
export function familyViewOf(file: PersonFile): FamilyView {
  let view = views.get(file);
  if (!view) views.set(file, (view = buildFamilyView(file)));
  return view;
}

function buildFamilyView(file: PersonFile): FamilyView {
  const details = parentDetails(file);
  return {
    personId: file.personId,
    parent: { personId: file.personId, sex: (details.sex as Sex | null) ?? null, nationality: details.nationality, province: details.province },
    dependants: dependantsOf(file),
    children: childrenOf(file),
    arrests: arrestsOf(file),
    cases: casesOf(file),
    custodies: custodiesOf(file),
  };
}
