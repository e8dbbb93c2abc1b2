import { join } from 'node:path';
import { contractsDir } from '@safeguard/contracts';
import { loadUnitRegistry, UnitRegistry } from '@safeguard/units';
import { aUnit } from '@safeguard/units/testing/unit-fixtures';
import { CredentialRegistry, sha256 } from './credentials';

const units = new UnitRegistry(
  [
    aUnit('CC2'),
    aUnit('PP-ANTI-DRUG', { kind: 'police-unit' }),
    aUnit('OVERSIGHT', { kind: 'oversight-body' }),
    aUnit('NGO-CASEWORK', { kind: 'ngo' }),
  ],
  false,
);

const credential = (more: Record<string, string>) => ({
  credentialId: 'prison-cc2',
  keySha256: sha256('key'),
  agency: 'prison',
  role: 'prison-officer',
  unitId: 'CC2',
  userId: 'warden-8',
  scope: 'own-unit',
  ...more,
});
const registryOf = (...records: ReturnType<typeof credential>[]) => new CredentialRegistry(records as never, units);

describe('CredentialRegistry', () => {
  it('knows a key whose credential names a unit of the registry, of its agency’s kind', () => {
    expect(registryOf(credential({})).authenticate('key')).toMatchObject({ unitId: 'CC2', agency: 'prison' });
  });

  it('refuses a credential whose unit is not in the registry', () => {
    expect(() => registryOf(credential({ unitId: 'CC9' }))).toThrow('credential prison-cc2: unit CC9 is not in the unit registry');
  });

  it.each([
    [
      'a prison key naming a police unit',
      { unitId: 'PP-ANTI-DRUG' },
      'unit PP-ANTI-DRUG is of kind police-unit; prison credentials belong to units of kind prison',
    ],
    [
      'a police key naming a prison',
      { agency: 'police', role: 'police-officer' },
      'unit CC2 is of kind prison; police credentials belong to units of kind police-unit',
    ],
    [
      'a monitor’s key naming a prison',
      { agency: 'oversight', role: 'oversight-monitor' },
      'oversight credentials belong to units of kind oversight-body or welfare-office or ngo',
    ],
  ])('refuses %s', (_, more, reason) => {
    expect(() => registryOf(credential(more))).toThrow(reason);
  });

  it.each([
    ['a monitor of an NGO', { agency: 'oversight', role: 'oversight-monitor', unitId: 'NGO-CASEWORK' }],
    ['an integrator run by a prison', { agency: 'integrator', role: 'integrator', unitId: 'CC2', scope: 'all' }],
  ])('accepts %s', (_, more) => {
    expect(registryOf(credential(more)).authenticate('key')).toMatchObject(more);
  });

  it('accepts every development credential against the sample registry', () => {
    const root = join(contractsDir(), '..');
    const sample = loadUnitRegistry(join(root, 'deploy', 'reference-data', 'units.v1.json'), {});
    const dev = CredentialRegistry.fromFile(join(root, 'deploy', 'local', 'dev-credentials.json'), sample);
    expect(dev.authenticate('dev-prison-pj')).toMatchObject({ unitId: 'PJ' });
  });
});
