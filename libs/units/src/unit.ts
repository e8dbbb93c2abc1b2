/** The kinds of unit Safeguard knows: who records facts (police, courts, prisons) and who follows them up. */
export const UnitKinds = ['police-unit', 'court', 'prison', 'oversight-body', 'welfare-office', 'ngo'] as const;
export type UnitKind = (typeof UnitKinds)[number];

/** Cambodia, and California as the second policy. */
export const Jurisdictions = ['KH', 'US-CA'] as const;
export type Jurisdiction = (typeof Jurisdictions)[number];

/** One police unit, court, prison or follow-up body, as `contracts/reference-data/units.v1.schema.json` describes it. */
export interface Unit {
  readonly unitId: string;
  readonly kind: UnitKind;
  readonly name: string;
  readonly jurisdiction: Jurisdiction;
  /** The province (Cambodia) or county (California). */
  readonly province: string;
  readonly phone: string | null;
  readonly email: string | null;
  /** The unit this one is part of, when the registry says. */
  readonly parentUnitId: string | null;
  /** Who an unanswered alert about this unit could go to next, when the registry says. */
  readonly supervisorUnitId: string | null;
}

/** What a monitor needs to reach a unit. */
export interface UnitContact {
  readonly unitId: string;
  readonly name: string;
  readonly phone: string | null;
  readonly email: string | null;
}

export function contactOf(unit: Unit): UnitContact {
  return { unitId: unit.unitId, name: unit.name, phone: unit.phone, email: unit.email };
}

/** The one question facts ask of the registry: which unit, if any, has this id. */
export interface UnitLookup {
  unit(unitId: string): Unit | undefined;
}
