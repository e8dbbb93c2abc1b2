import { inQueue, queueScopeOf } from './agency-queue';

const alert = { responsibleUnitId: 'PP-ANTI-DRUG', responsibleAgency: 'police' };

describe("an agency's work queue", () => {
  it.each([
    ['a police unit, its own alert', { role: 'police-officer', scope: 'own-unit', unitId: 'PP-ANTI-DRUG', agency: 'police' }, alert, true],
    ['a police unit, another unit’s', { role: 'police-officer', scope: 'own-unit', unitId: 'BTB-PROVINCIAL', agency: 'police' }, alert, false],
    ['the whole police, any police unit’s', { role: 'police-officer', scope: 'all', unitId: 'NATIONAL-POLICE', agency: 'police' }, alert, true],
    ['a prison, a police alert', { role: 'prison-officer', scope: 'own-unit', unitId: 'CC2', agency: 'prison' }, alert, false],
    [
      'a court, an alert naming no unit',
      { role: 'judge', scope: 'own-unit', unitId: 'PP-MUNICIPAL-COURT', agency: 'court' },
      { responsibleUnitId: null, responsibleAgency: 'court' },
      false,
    ],
    ['a monitor, any alert', { role: 'oversight-monitor', scope: 'all', unitId: 'OVERSIGHT', agency: 'oversight' }, alert, true],
    ['an integrator, any alert', { role: 'integrator', scope: 'all', unitId: 'NGO-X', agency: 'integrator' }, alert, true],
  ] as const)('%s: %s', (_what, caller, a, expected) => {
    expect(inQueue(queueScopeOf(caller), a)).toBe(expected);
  });
});
