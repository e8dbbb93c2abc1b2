import type { Unit } from '../unit';

/** A registry unit for tests: a Phnom Penh prison unless told otherwise, with no contacts. */
export function aUnit(unitId: string, overrides: Partial<Unit> = {}): Unit {
  return {
    unitId,
    kind: 'prison',
    name: unitId,
    jurisdiction: 'KH',
    province: 'Phnom Penh',
    phone: null,
    email: null,
    parentUnitId: null,
    supervisorUnitId: null,
    ...overrides,
  };
}
