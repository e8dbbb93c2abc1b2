import { factsOf, lastOf, type Fact, type PersonFile } from '../person-file/person-file';
import { childrenCounts } from './children-count';
import { typed } from './journey-facts';

/** Who she is and where she is held: the parts of the parent's journey that are not her legal stage. */
export interface ParentDetails {
  readonly name: string | null;
  readonly sex: string | null;
  readonly nationality: string | null;
  readonly province: string | null;
  readonly facilityId: string | null;
  readonly arrestIds: readonly string[];
  readonly caseIds: readonly string[];
  readonly custodyIds: readonly string[];
  readonly pregnant: boolean;
  readonly hasLawyer: boolean | null;
  readonly declaredChildren: number | null;
}

const distinct = (values: readonly (string | undefined)[]): string[] => [...new Set(values.filter((v): v is string => v !== undefined))];

/**
 * Her name, sex, nationality and the province of her latest arrest, with the police's own
 * corrections applied in order: a correction keeps the original in history but is what the
 * record should have said.
 */
function identity(file: PersonFile): Pick<ParentDetails, 'name' | 'sex' | 'nationality' | 'province'> {
  const arrest = lastOf(file, 'ArrestMade');
  const fallbackNationality = lastOf(file, 'PersonAdmitted')?.data.nationality ?? null;
  if (!arrest) return { name: null, sex: null, nationality: fallbackNationality, province: null };
  const fields: Record<string, string | null> = {
    'person.name': arrest.data.person.name,
    'person.sex': arrest.data.person.sex,
    'person.nationality': arrest.data.person.nationality,
    province: arrest.data.province,
  };
  for (const c of factsOf(file, 'ArrestRecordCorrected')) {
    if (c.data.arrestId === arrest.data.arrestId && c.data.field in fields)
      fields[c.data.field] = c.data.correctedValue === null ? null : String(c.data.correctedValue);
  }
  return { name: fields['person.name'], sex: fields['person.sex'], nationality: fields['person.nationality'], province: fields.province };
}

/** The prison she is in now, following transfers; none once released. */
function facilityAfter(fact: Fact, facilityId: string | null): string | null {
  const f = typed(fact);
  switch (f.type) {
    case 'TransferredToPrison':
      return f.data.prisonFacility;
    case 'PersonAdmitted':
      return f.data.facilityId;
    case 'PrisonerTransferred':
      return f.data.toFacilityId;
    case 'PersonReleased':
    case 'ReleasedWithoutCharge':
    case 'ReleasedOnPoliceBail':
    case 'ReleasedOnJudicialOrder':
      return null;
    default:
      return facilityId;
  }
}

/** Pregnant by the latest word on it: a screening answer, a prison record, a birth. */
function pregnantAfter(fact: Fact, pregnant: boolean): boolean {
  const f = typed(fact);
  switch (f.type) {
    case 'DependantsScreeningRecorded':
      return f.data.pregnancy === 'pregnant' ? true : f.data.pregnancy === 'not-pregnant' ? false : pregnant;
    case 'PregnancyRecorded':
      return true;
    case 'ChildBornInCustody':
      return false;
    default:
      return pregnant;
  }
}

/** The most children any agency was told of: the count survives when she would not give details (Bangkok Rule 3, footnote 7 of the report). */
function declaredChildren(file: PersonFile): number | null {
  const counts = childrenCounts(file).map((c) => c.count);
  return counts.length === 0 ? null : Math.max(...counts);
}

export function parentDetails(file: PersonFile): ParentDetails {
  const data = file.facts.map((f) => f.data as { arrestId?: string; arrestIds?: readonly string[]; caseId?: string; custodyId?: string });
  return {
    ...identity(file),
    facilityId: file.facts.reduce<string | null>((at, f) => facilityAfter(f, at), null),
    arrestIds: distinct(data.flatMap((d) => [d.arrestId, ...(d.arrestIds ?? [])])),
    caseIds: distinct(data.map((d) => d.caseId)),
    custodyIds: distinct(data.map((d) => d.custodyId)),
    pregnant: file.facts.reduce((p, f) => pregnantAfter(f, p), false),
    hasLawyer: lastOf(file, 'LegalRepresentationRecorded')?.data.represented ?? null,
    declaredChildren: declaredChildren(file),
  };
}
