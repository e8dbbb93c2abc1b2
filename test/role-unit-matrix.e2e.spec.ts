/**
 * Who may call what, over every route of the three agency services (issue 14). For each route
 * the Nest router serves (read from the OpenAPI document the running app serves, so a new route
 * without a row here fails), the table says which roles may call it; every other role gets 403.
 * On every route about one record (an arrest, a case, a custody), the same role of another unit
 * gets 404 as for a missing record, while the record's own unit does not. Embedded mode.
 */
import { randomUUID } from 'node:crypto';
import type { DynamicModule } from '@nestjs/common';
import { Roles, type Role } from '@safeguard/contracts';
import { bearer, DevKeys, ManualClock } from '@safeguard/platform';
import { ArrestServiceModule } from '../apps/arrest-service/src/arrest-service.module';
import { CourtServiceModule } from '../apps/court-service/src/court-service.module';
import { PrisonServiceModule } from '../apps/prison-service/src/prison-service.module';
import { anArrestBody } from './support/arrest-requests';
import { aCaseBody } from './support/court-requests';
import { anAdmissionBody } from './support/prison-requests';
import { EMBEDDED_CONFIG, startServiceApp, type ServiceApp } from './support/service-app';
import { requestBodyFor, type OpenApiDocument } from './support/openapi-bodies';
import { teardown } from './support/teardown';

/** A development key of each role; for the agencies, one unit's. */
const keyOf: Record<Role, string> = {
  'police-officer': DevKeys.policePhnomPenh,
  'court-clerk': DevKeys.courtClerk,
  judge: DevKeys.judge,
  'prison-officer': DevKeys.prisonCc2,
  'oversight-monitor': DevKeys.monitor,
  'child-welfare-officer': DevKeys.welfareOfficer,
  integrator: DevKeys.integrator,
};

/** Who may call a route: no credential needed, any credential, or these roles. */
type Callers = 'public' | 'any-credential' | readonly Role[];

interface Service {
  readonly module: DynamicModule;
  /** The route parameter naming the unit's record, and how one unit creates one. */
  readonly record: { readonly param: string; readonly create: (s: ServiceApp) => Promise<string>; readonly notFound: string };
  /** The same role in another unit, per role that records into a unit. */
  readonly otherUnit: Partial<Record<Role, string>>;
  readonly routes: Record<string, Callers>;
}

const police: Callers = ['police-officer'];
const policeReads: Callers = ['police-officer', 'oversight-monitor'];
const court: Callers = ['court-clerk', 'judge'];
const courtReads: Callers = ['court-clerk', 'judge', 'oversight-monitor'];
const prison: Callers = ['prison-officer'];
const prisonReads: Callers = ['prison-officer', 'oversight-monitor'];
const common = {
  'GET /health/live': 'public',
  'GET /health/ready': 'public',
  'GET /units': 'any-credential',
  'GET /units/{unitId}': 'any-credential',
  // Each service's own access log, for the monitors who audit it.
  'GET /access-log': ['oversight-monitor'],
} as const;

const services: Record<'arrest' | 'court' | 'prison', Service> = {
  arrest: {
    module: ArrestServiceModule.forRoot(EMBEDDED_CONFIG),
    record: {
      param: 'arrestId',
      notFound: 'ARREST.NOT_FOUND',
      create: async (s) => (await s.http().post('/arrests').set(bearer(DevKeys.policePhnomPenh)).send(anArrestBody()).expect(201)).body.arrestId,
    },
    otherUnit: { 'police-officer': DevKeys.policeBattambang },
    routes: {
      ...common,
      'GET /arrests': policeReads,
      'POST /arrests': police,
      'GET /arrests/{arrestId}': policeReads,
      'GET /arrests/{arrestId}/history': policeReads,
      'POST /arrests/{arrestId}/dependants-screening': police,
      'POST /arrests/{arrestId}/police-custody': police,
      'POST /arrests/{arrestId}/judicial-appearances': police,
      'POST /arrests/{arrestId}/custody-extensions': police,
      'POST /arrests/{arrestId}/release-without-charge': police,
      'POST /arrests/{arrestId}/police-bail': police,
      'POST /arrests/{arrestId}/judicial-releases': police,
      'POST /arrests/{arrestId}/consular-contacts': police,
      'POST /arrests/{arrestId}/case-file-handovers': police,
      'POST /arrests/{arrestId}/prison-transfers': police,
      'POST /arrests/{arrestId}/children/{childId}/care-arrangements': police,
      'POST /arrests/{arrestId}/family-contacts': police,
      'POST /arrests/{arrestId}/children/{childId}/explanations': police,
      'POST /arrests/{arrestId}/corrections': police,
    },
  },
  court: {
    module: CourtServiceModule.forRoot(EMBEDDED_CONFIG),
    record: {
      param: 'caseId',
      notFound: 'CASE.NOT_FOUND',
      create: async (s) => (await s.http().post('/cases').set(bearer(DevKeys.courtClerk)).send(aCaseBody()).expect(201)).body.caseId,
    },
    otherUnit: { 'court-clerk': DevKeys.courtKandalClerk, judge: DevKeys.courtKandalJudge },
    routes: {
      ...common,
      'GET /cases': courtReads,
      'POST /cases': court,
      'GET /cases/{caseId}': courtReads,
      'GET /cases/{caseId}/history': courtReads,
      'POST /cases/{caseId}/legal-representation': court,
      'POST /cases/{caseId}/pretrial-decisions': ['judge'],
      'POST /cases/{caseId}/pretrial-extensions': ['judge'],
      'POST /cases/{caseId}/hearings': court,
      'POST /cases/{caseId}/hearings/{hearingId}/family-notifications': court,
      'POST /cases/{caseId}/verdicts': ['judge'],
      'POST /cases/{caseId}/sentences': ['judge'],
      'POST /cases/{caseId}/appeals': court,
      'POST /cases/{caseId}/appeals/{appealId}/decisions': ['judge'],
      'POST /cases/{caseId}/clemency': court,
      'POST /cases/{caseId}/closure': court,
    },
  },
  prison: {
    module: PrisonServiceModule.forRoot(EMBEDDED_CONFIG),
    record: {
      param: 'custodyId',
      notFound: 'CUSTODY.NOT_FOUND',
      create: async (s) =>
        (
          await s
            .http()
            .post('/custodies')
            .set(bearer(DevKeys.prisonCc2))
            .send(anAdmissionBody({ facilityId: 'CC2' }))
            .expect(201)
        ).body.custodyId,
    },
    otherUnit: { 'prison-officer': DevKeys.prisonPj },
    routes: {
      ...common,
      'GET /custodies': prisonReads,
      'POST /custodies': prison,
      'GET /custodies/{custodyId}': prisonReads,
      'GET /custodies/{custodyId}/history': prisonReads,
      'POST /custodies/{custodyId}/children-records': prison,
      'POST /custodies/{custodyId}/children-in-prison': prison,
      'POST /custodies/{custodyId}/children/{childId}/assessments': prison,
      'POST /custodies/{custodyId}/children/{childId}/departures': prison,
      'POST /custodies/{custodyId}/pregnancies': prison,
      'POST /custodies/{custodyId}/births': prison,
      'POST /custodies/{custodyId}/visits': prison,
      'POST /custodies/{custodyId}/phone-calls': prison,
      'POST /custodies/{custodyId}/family-notifications': prison,
      'POST /custodies/{custodyId}/medical-events': prison,
      'POST /custodies/{custodyId}/child-medical-events': prison,
      'POST /custodies/{custodyId}/child-medical-events/{medicalEventId}/parent-told': prison,
      'POST /custodies/{custodyId}/consular-contacts': prison,
      'POST /custodies/{custodyId}/disciplinary-sanctions': prison,
      'POST /custodies/{custodyId}/transfers': prison,
      'POST /custodies/{custodyId}/release-schedules': prison,
      'POST /custodies/{custodyId}/releases': prison,
      'POST /custodies/{custodyId}/home-leaves': prison,
      'POST /custodies/{custodyId}/home-leave-returns': prison,
    },
  },
};

/** ROLE_MATRIX_PROBE=1 prints who each route lets in and what the record's own unit was answered, to write or check a row. */
const PROBE = process.env.ROLE_MATRIX_PROBE === '1';

describe.each(Object.entries(services))('the %s service: roles and units on every route [embedded]', (name, service) => {
  let app: ServiceApp;
  let document: OpenApiDocument;
  let routes: { key: string; method: string; path: string }[];

  beforeAll(async () => {
    app = await startServiceApp(service.module, { clock: new ManualClock(new Date('2026-07-01T08:00:00Z')), title: name });
    document = (await app.http().get('/docs-json').expect(200)).body;
    routes = Object.entries(document.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => ({ key: `${method.toUpperCase()} ${path}`, method, path })),
    );
  }, 60_000);
  afterAll(() => teardown(app));

  const url = (path: string, params: Record<string, string> = {}) => path.replace(/\{(\w+)\}/g, (_, p: string) => params[p] ?? randomUUID());
  const call = (method: string, path: string, key?: string, body?: unknown) => {
    const req = (app.http() as unknown as Record<string, (u: string) => import('supertest').Test>)[method](path);
    if (key) req.set(bearer(key));
    return method === 'get' ? req : req.send(body ?? {});
  };

  it('has a row for every route it serves, and no row for a route it does not', () => {
    expect(routes.map((r) => r.key).sort()).toEqual(Object.keys(service.routes).sort());
  });

  it('lets the listed roles call each route and answers 403 to every other role', async () => {
    const seen: Record<string, Role[]> = {};
    const wrong: string[] = [];
    for (const { key, method, path } of routes) {
      const callers = service.routes[key];
      if ((await call(method, url(path))).status !== 401 && callers !== 'public') wrong.push(`${key}: served without a credential`);
      for (const role of Roles) {
        const status = (await call(method, url(path), keyOf[role])).status;
        if (status !== 403) (seen[key] ??= []).push(role);
        const allowed = callers === 'public' || callers === 'any-credential' || callers.includes(role);
        if (allowed === (status === 403)) wrong.push(`${key} as ${role}: ${status}`);
      }
    }
    if (PROBE) console.log(JSON.stringify(seen, null, 1));
    expect(wrong).toEqual([]);
  }, 60_000);

  it("answers 404 to another unit's credential on every route about one record, and not to the record's own unit", async () => {
    const wrong: string[] = [];
    const ownStatuses: string[] = [];
    const recordRoutes = routes.filter((r) => r.path.includes(`{${service.record.param}}`));
    expect(recordRoutes.length).toBeGreaterThan(0);
    for (const { key, method, path } of recordRoutes) {
      const callers = service.routes[key] as readonly Role[];
      const body = method === 'get' ? undefined : requestBodyFor(document, path, method);
      for (const [role, otherKey] of Object.entries(service.otherUnit) as [Role, string][]) {
        if (!callers.includes(role)) continue;
        // A fresh record each time: a call that succeeds (a transfer, a closure) must not change what the next one meets.
        const recordId = await service.record.create(app);
        const target = url(path, { [service.record.param]: recordId });
        const other = await call(method, target, otherKey, body);
        if (other.status !== 404 || other.body.code !== service.record.notFound)
          wrong.push(`${key} as another unit's ${role}: ${other.status} ${JSON.stringify(other.body).slice(0, 300)}`);
        const own = await call(method, target, keyOf[role], body);
        if (own.body?.code === service.record.notFound) wrong.push(`${key} as the record's own ${role}: ${own.status}`);
        ownStatuses.push(`${key} as ${role}: ${own.status} ${own.body?.code ?? ''}`);
      }
    }
    if (PROBE) console.log(ownStatuses.join('\n'));
    expect(wrong).toEqual([]);
  }, 60_000);
});
