import type { Jurisdiction, Unit, UnitKind, UnitLookup } from './unit';

export interface UnitFilter {
  readonly kind?: UnitKind;
  readonly jurisdiction?: Jurisdiction;
  readonly province?: string;
}

/**
 * The units Safeguard knows, read once at start-up and never changed while the process runs:
 * a ministry changes its list by replacing the file and restarting the services.
 */
export class UnitRegistry implements UnitLookup {
  private readonly byId: ReadonlyMap<string, Unit>;

  /**
   * @param sample the file says it is the sample shipped with Safeguard (fictional contacts).
   * Refuses a list the schema cannot catch: an id used twice, a parent or supervisor not in the
   * list, or a chain of parents that comes back to where it started.
   */
  constructor(
    units: readonly Unit[],
    readonly sample: boolean,
  ) {
    const byId = new Map<string, Unit>();
    for (const unit of units) {
      if (byId.has(unit.unitId)) throw new Error(`unit ${unit.unitId} is listed twice`);
      byId.set(unit.unitId, Object.freeze({ ...unit }));
    }
    for (const unit of byId.values()) {
      for (const [field, id] of [
        ['parentUnitId', unit.parentUnitId],
        ['supervisorUnitId', unit.supervisorUnitId],
      ] as const) {
        if (id === null) continue;
        if (id === unit.unitId) throw new Error(`unit ${unit.unitId}: ${field} names the unit itself`);
        if (!byId.has(id)) throw new Error(`unit ${unit.unitId}: ${field} ${id} is not in the registry`);
      }
      assertNoParentCycle(unit, byId);
    }
    this.byId = byId;
  }

  unit(unitId: string): Unit | undefined {
    return this.byId.get(unitId);
  }

  /** The units matching every filter given, in the order the file lists them. */
  find(filter: UnitFilter = {}): Unit[] {
    return [...this.byId.values()].filter(
      (u) =>
        (filter.kind === undefined || u.kind === filter.kind) &&
        (filter.jurisdiction === undefined || u.jurisdiction === filter.jurisdiction) &&
        (filter.province === undefined || u.province === filter.province),
    );
  }

  ofKind(kind: UnitKind): Unit[] {
    return this.find({ kind });
  }
}

function assertNoParentCycle(start: Unit, byId: ReadonlyMap<string, Unit>): void {
  const seen = new Set([start.unitId]);
  for (let id = start.parentUnitId; id !== null; id = byId.get(id)?.parentUnitId ?? null) {
    if (seen.has(id)) throw new Error(`unit ${start.unitId}: its parents come back to ${id}`);
    seen.add(id);
  }
}
