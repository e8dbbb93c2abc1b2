import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contractsDir } from '@safeguard/contracts';
import { loadUnitRegistry, unitsFilePath, UnitsFileInvalid } from './units-file';
import { unitKindProblems } from './unit-problems';
import { UnitRegistry } from './unit-registry';
import { aUnit as unit } from './testing/unit-fixtures';

const shipped = join(contractsDir(), '..', 'deploy', 'reference-data', 'units.v1.json');
const sampleFile = () => JSON.parse(readFileSync(shipped, 'utf8')) as { sample: boolean; units: Record<string, unknown>[] };
const devCredentials = JSON.parse(readFileSync(join(contractsDir(), '..', 'deploy', 'local', 'dev-credentials.json'), 'utf8')) as {
  unitId: string;
}[];

const dir = mkdtempSync(join(tmpdir(), 'units-'));
let files = 0;
function fileWith(content: unknown): string {
  const path = join(dir, `units-${++files}.json`);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

describe('the unit registry file', () => {
  describe('when it is the sample shipped in deploy/reference-data', () => {
    const registry = loadUnitRegistry(shipped, {});

    it('says it is sample data', () => {
      expect(registry.sample).toBe(true);
    });

    it('holds every unit the development credentials name', () => {
      expect(devCredentials.filter((c) => !registry.unit(c.unitId)).map((c) => c.unitId)).toEqual([]);
    });

    it('lists the main prisons of Cambodia and the California women’s prisons', () => {
      expect(registry.ofKind('prison').map((u) => u.unitId)).toEqual([
        'CC1',
        'CC2',
        'PJ',
        'KANDAL-PRISON',
        'BTB-PRISON',
        'KOH-KONG-PRISON',
        'KAMPONG-CHAM-PRISON',
        'CIW',
        'CCWF',
      ]);
    });

    it('has only fictional contacts: example.org addresses, 000 0xx and 555 01xx numbers', () => {
      for (const u of registry.find()) {
        expect(u.email).toMatch(/@example\.org$/);
        expect(u.phone).toMatch(u.jurisdiction === 'KH' ? /^\+855 \d\d 000 0\d\d$/ : /^\+1 \d{3} 555 01\d\d$/);
      }
    });

    it('is refused in production, where monitors would be told to call those numbers', () => {
      expect(() => loadUnitRegistry(shipped, { NODE_ENV: 'production' })).toThrow(/sample/);
    });
  });

  it('is SAFEGUARD_UNITS_FILE when set, else the sample', () => {
    expect(unitsFilePath({ SAFEGUARD_UNITS_FILE: '/etc/safeguard/units.json' })).toBe('/etc/safeguard/units.json');
    expect(unitsFilePath({})).toBe(shipped);
  });

  it('loads a ministry’s own file, parents and supervisors defaulting to none', () => {
    const own = fileWith({
      schemaVersion: 1,
      sample: false,
      about: 'Ministry of Justice list, 2027-01',
      units: [{ unitId: 'CC2', kind: 'prison', name: 'CC2', jurisdiction: 'KH', province: 'Phnom Penh', phone: null, email: null }],
    });
    const registry = loadUnitRegistry(own, { NODE_ENV: 'production' });
    expect(registry.unit('CC2')).toEqual(unit('CC2', { name: 'CC2' }));
    expect(registry.sample).toBe(false);
  });

  describe.each([
    ['a missing file', join(dir, 'nowhere.json'), /does not exist/],
    ['a file that is not JSON', '{"units": [', /not JSON/],
    [
      'a unit of an unknown kind',
      { ...sampleFile(), units: [{ ...sampleFile().units[0], kind: 'ministry' }] },
      /\/units\/0\/kind: must be equal to one of the allowed values/,
    ],
    ['a unit without a name', { ...sampleFile(), units: [{ ...sampleFile().units[0], name: undefined }] }, /must have required property 'name'/],
    ['a phone that is not a number', { ...sampleFile(), units: [{ ...sampleFile().units[0], phone: 'call the desk' }] }, /\/units\/0\/phone/],
    [
      'a field the schema does not know',
      { ...sampleFile(), units: [{ ...sampleFile().units[0], fax: '+855 23 000 999' }] },
      /must NOT have additional properties/,
    ],
    ['an id used twice', { ...sampleFile(), units: [sampleFile().units[1], sampleFile().units[1]] }, /CC1 is listed twice/],
    ['a supervisor not in the registry', { ...sampleFile(), units: [sampleFile().units[1]] }, /supervisorUnitId GDP-MOI is not in the registry/],
  ])('when it has %s', (_, content, reason) => {
    it('stops the start-up, naming the file and why', () => {
      const path = typeof content === 'string' && content.startsWith('/') ? content : fileWith(content);
      let error: unknown;
      try {
        loadUnitRegistry(path, {});
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UnitsFileInvalid);
      expect((error as Error).message).toContain(path);
      expect((error as Error).message).toMatch(reason);
    });
  });
});

describe('UnitRegistry', () => {
  const registry = new UnitRegistry(
    [
      unit('POLICE-HQ', { kind: 'police-unit' }),
      unit('STATION', { kind: 'police-unit', parentUnitId: 'POLICE-HQ', province: 'Kandal' }),
      unit('CC2'),
      unit('CIW', { jurisdiction: 'US-CA', province: 'San Bernardino County' }),
    ],
    false,
  );

  it('finds a unit by id, and nothing for an id it does not hold', () => {
    expect(registry.unit('STATION')).toMatchObject({ parentUnitId: 'POLICE-HQ' });
    expect(registry.unit('station')).toBeUndefined();
  });

  it.each([
    [{}, ['POLICE-HQ', 'STATION', 'CC2', 'CIW']],
    [{ kind: 'prison' as const }, ['CC2', 'CIW']],
    [{ kind: 'prison' as const, jurisdiction: 'KH' as const }, ['CC2']],
    [{ province: 'Kandal' }, ['STATION']],
    [{ kind: 'court' as const }, []],
  ])('lists the units matching %j in file order', (filter, ids) => {
    expect(registry.find(filter).map((u) => u.unitId)).toEqual(ids);
  });

  it.each([
    ['names itself as its parent', [unit('A', { parentUnitId: 'A' })], /parentUnitId names the unit itself/],
    ['has parents that come back round', [unit('A', { parentUnitId: 'B' }), unit('B', { parentUnitId: 'A' })], /parents come back to A/],
  ])('refuses a unit that %s', (_, units, reason) => {
    expect(() => new UnitRegistry(units, false)).toThrow(reason);
  });
});

describe('unitKindProblems', () => {
  it.each([
    ['a prison', 'CC2', unit('CC2'), []],
    ['an id not in the registry', 'CC9', undefined, [{ field: 'toFacilityId', message: expect.stringContaining('CC9 is not in the unit registry') }]],
    [
      'a unit of another kind',
      'PP-MUNICIPAL-COURT',
      unit('PP-MUNICIPAL-COURT', { kind: 'court', name: 'Phnom Penh Municipal Court' }),
      [{ field: 'toFacilityId', message: 'PP-MUNICIPAL-COURT is a court (Phnom Penh Municipal Court), not a prison' }],
    ],
  ])('for %s, when a prison is needed', (_, id, found, problems) => {
    expect(unitKindProblems('toFacilityId', id, found, 'prison')).toEqual(problems);
  });
});
