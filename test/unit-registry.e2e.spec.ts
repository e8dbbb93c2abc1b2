/**
 * Every service serves the one unit registry (GET /units), read-only, to any credential: agency
 * software finds the ids it must post (a transfer names a registry prison), monitors the number
 * to call about an alert. A registry or credential file that cannot be used stops a service
 * from starting, saying why.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contractsDir } from '@safeguard/contracts';
import { CqrsModule } from '@nestjs/cqrs';
import { Test } from '@nestjs/testing';
import { AuthModule, CredentialRegistry } from '@safeguard/auth';
import { bearer, DevKeys, UnitsModule } from '@safeguard/platform';
import { allServices } from '../apps/embedded/src/services';
import { EMBEDDED_CONFIG, startServiceApp, type ServiceApp } from './support/service-app';
import { teardown } from './support/teardown';

const services = allServices(EMBEDDED_CONFIG);

describe.each(services.map(([name, module]) => [name, module] as const))('GET /units on the %s [PGlite]', (_, module) => {
  let service: ServiceApp;
  beforeAll(async () => {
    service = await startServiceApp(module);
  }, 120_000);
  afterAll(() => teardown(service), 60_000);

  it('lists the registry for any credential, saying it is the sample', async () => {
    for (const key of [DevKeys.policePhnomPenh, DevKeys.prisonCc2, DevKeys.integrator]) {
      const { body } = await service.http().get('/units').set(bearer(key)).expect(200);
      expect(body.sample).toBe(true);
      expect(body.total).toBe(body.items.length);
      expect(body.items.map((u: { unitId: string }) => u.unitId)).toEqual(
        expect.arrayContaining(['CC2', 'PJ', 'PP-ANTI-DRUG', 'PP-MUNICIPAL-COURT', 'OVERSIGHT']),
      );
    }
  });

  it('filters by kind, jurisdiction and province', async () => {
    const { body } = await service.http().get('/units?kind=prison&jurisdiction=KH&province=Phnom%20Penh').set(bearer(DevKeys.monitor)).expect(200);
    expect(body.items.map((u: { unitId: string }) => u.unitId)).toEqual(['CC1', 'CC2', 'PJ']);
    const california = await service.http().get('/units?jurisdiction=US-CA&kind=prison').set(bearer(DevKeys.monitor)).expect(200);
    expect(california.body.items.map((u: { unitId: string }) => u.unitId)).toEqual(['CIW', 'CCWF']);
  });

  it('answers one unit with whom to call', async () => {
    const { body } = await service.http().get('/units/KANDAL-PRISON').set(bearer(DevKeys.judge)).expect(200);
    expect(body).toEqual({
      unitId: 'KANDAL-PRISON',
      kind: 'prison',
      name: 'Kandal Provincial Prison (Takhmao)',
      jurisdiction: 'KH',
      province: 'Kandal',
      phone: '+855 24 000 011',
      email: 'kandal-prison@example.org',
      parentUnitId: null,
      supervisorUnitId: 'GDP-MOI',
    });
  });

  it('answers 404 problem details for an id the registry does not hold', async () => {
    const { body } = await service
      .http()
      .get('/units/CC9')
      .set(bearer(DevKeys.monitor))
      .expect(404)
      .expect('Content-Type', /application\/problem\+json/);
    expect(body).toMatchObject({ status: 404, code: 'UNIT.NOT_FOUND', detail: 'no unit CC9 in the registry', instance: '/units/CC9' });
  });

  it('refuses an unknown kind (400) and a caller without a key (401)', async () => {
    const { body } = await service.http().get('/units?kind=ministry').set(bearer(DevKeys.monitor)).expect(400);
    expect(body.errors).toEqual([expect.objectContaining({ field: 'kind' })]);
    await service.http().get('/units').expect(401);
  });
});

/** The modules every service starts with that read the files (and the buses its controllers use); the rest of a service would start its database first. */
const startUp = () => Test.createTestingModule({ imports: [CqrsModule.forRoot(), UnitsModule, AuthModule] }).compile();

describe('a service started on a file it cannot use', () => {
  const dir = mkdtempSync(join(tmpdir(), 'registry-'));
  const sample = JSON.parse(readFileSync(join(contractsDir(), '..', 'deploy', 'reference-data', 'units.v1.json'), 'utf8')) as {
    units: { unitId: string }[];
  };
  const saved = { units: process.env.SAFEGUARD_UNITS_FILE, credentials: process.env.SAFEGUARD_CREDENTIALS_FILE };
  afterEach(() => {
    for (const [name, value] of [
      ['SAFEGUARD_UNITS_FILE', saved.units],
      ['SAFEGUARD_CREDENTIALS_FILE', saved.credentials],
    ] as const) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
  });

  it('does not start on a units file that breaks the schema, and says which file and why', async () => {
    const file = join(dir, 'broken-units.json');
    writeFileSync(file, JSON.stringify({ ...sample, units: [{ ...sample.units[0], kind: 'ministry' }] }));
    process.env.SAFEGUARD_UNITS_FILE = file;
    await expect(startUp()).rejects.toThrow(new RegExp(`units file ${file} cannot be used:\\s+/units/0/kind`));
  }, 60_000);

  it('does not start on credentials naming a unit the registry does not hold', async () => {
    const file = join(dir, 'credentials.json');
    const dev = JSON.parse(readFileSync(join(contractsDir(), '..', 'deploy', 'local', 'dev-credentials.json'), 'utf8')) as Record<string, string>[];
    writeFileSync(file, JSON.stringify([...dev, { ...dev[0], credentialId: 'police-room-4', unitId: 'ROOM-4' }]));
    process.env.SAFEGUARD_CREDENTIALS_FILE = file;
    await expect(startUp()).rejects.toThrow('credential police-room-4: unit ROOM-4 is not in the unit registry');
  }, 60_000);

  it('starts on the sample registry and the development credentials', async () => {
    const started = await startUp();
    expect(started.get(CredentialRegistry).authenticate(DevKeys.prisonPj)).toMatchObject({ agency: 'prison', unitId: 'PJ' });
  });
});
