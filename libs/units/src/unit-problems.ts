import type { FieldProblem } from '@safeguard/domain';
import type { Unit, UnitKind } from './unit';

/**
 * Why a fact may not name this unit in `field`: not in the registry, or not of the kind the fact
 * needs (a transfer goes to a prison, not to a court). Empty when it may. Pure: the caller looks
 * the unit up and hands it in, so decisions stay free of the registry.
 */
export function unitKindProblems(field: string, unitId: string, unit: Unit | undefined, kind: UnitKind): FieldProblem[] {
  if (unit === undefined) return [{ field, message: `${unitId} is not in the unit registry (GET /units?kind=${kind} lists the ${kind}s)` }];
  if (unit.kind !== kind) return [{ field, message: `${unitId} is a ${unit.kind} (${unit.name}), not a ${kind}` }];
  return [];
}
