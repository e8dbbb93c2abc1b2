/**
 * Survives hostile input (issue 14): every route of the four services, driven from the OpenAPI
 * documents committed in contracts/openapi, is sent invalid variants of a valid request (wrong
 * types, missing required fields, NUL and lone surrogates, unparseable times, out-of-range
 * numbers, huge and deeply nested bodies, prototype keys, junk query strings and path ids) with a
 * credential the route accepts. None may answer 5xx, and none may store an event. Embedded mode.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import type request from 'supertest';
import { contractsDir } from '@safeguard/contracts';
import { bearer, DEFAULT_REQUEST_LIMITS, DevKeys, ManualClock, MAX_REQUESTS_PER_WINDOW, type RuntimeConfig } from '@safeguard/platform';
import { allServices } from '../apps/embedded/src/services';
import { ChildWelfareServiceModule } from '../apps/child-welfare-service/src/child-welfare-service.module';
import { anArrestBody } from './support/arrest-requests';
import { aCaseBody } from './support/court-requests';
import { anAdmissionBody } from './support/prison-requests';
import { requestBodyFor, type OpenApiDocument } from './support/openapi-bodies';
import { EMBEDDED_CONFIG, startServiceApp, type ServiceApp } from './support/service-app';

/** FUZZ_REQUESTS overrides how many requests in all (10,000 in CI); FUZZ_SEED replays a run. */
const TOTAL_REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? 14);
const BATCH = 16;
const PROGRESS = process.env.FUZZ_PROGRESS === '1';

interface Operation {
  readonly method: string;
  readonly path: string;
  readonly parameters: readonly { name: string; in: 'path' | 'query' | 'header'; schema?: Schema }[];
  readonly hasBody: boolean;
  readonly stream: boolean;
}

interface Schema {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  allOf?: Schema[];
  minimum?: number;
  maximum?: number;
}

interface Probe {
  readonly method: string;
  readonly url: string;
  readonly body?: string;
  readonly headers?: Record<string, string>;
  readonly stream?: boolean;
}

const keys = Object.values(DevKeys);

/** The record each agency service's routes are about, so a request that passes validation meets a real stream. */
const records: Partial<Record<string, { param: string; create: (s: ServiceApp) => Promise<string> }>> = {
  'arrest-service': {
    param: 'arrestId',
    create: async (s) => (await s.http().post('/arrests').set(bearer(DevKeys.policePhnomPenh)).send(anArrestBody()).expect(201)).body.arrestId,
  },
  'court-service': {
    param: 'caseId',
    create: async (s) => (await s.http().post('/cases').set(bearer(DevKeys.courtClerk)).send(aCaseBody()).expect(201)).body.caseId,
  },
  'prison-service': {
    param: 'custodyId',
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
};

const NUL = '\u0000';
const LONE_SURROGATE = '\uD800';
const hostileStrings = fc.constantFrom(`a${NUL}b`, NUL, `x${LONE_SURROGATE}`, '\uDFFFx', `${LONE_SURROGATE}${NUL}`, `${'x'.repeat(5_000)}${NUL}`);
const badInstants = fc.constantFrom(
  '2026-13-01T00:00:00Z',
  '2026-02-30T10:00:00Z',
  '2026-06-01',
  '2026-06-01T10:00:00',
  '+002026-06-01T10:00:00Z',
  '2026-W23-1',
  '2026-152',
  'yesterday',
  '0000-00-00T00:00:00Z',
  '2026-06-01T25:00:00+07:00',
  '1e20',
  '2026-06-01T10:00:00\u0000Z',
);
const badDates = fc.constantFrom(
  '2026-02-30',
  '2026-13-01',
  '2026-6-1',
  '2026-06-01T10:00:00',
  '20260601',
  '0000-00-00',
  'yesterday',
  '2026-06-01\u0000',
);
/** Values of another JSON type than the schema's: never valid, whatever else the field allows. */
function wrongTypes(schema: Schema, required: boolean): fc.Arbitrary<unknown> {
  const byType: Record<string, unknown[]> = {
    string: [42, true, ['text'], { text: 'x' }],
    integer: ['1', '0x10', 'NaN', true, [1], { n: 1 }, 1.5],
    number: ['1', 'NaN', true, [1], { n: 1 }],
    boolean: ['true', 1, [true], { b: true }],
    array: ['text', 42, { 0: 'x' }],
    object: ['text', 42, true, [{ nested: 1 }]],
  };
  const values = byType[schema.type ?? (schema.properties ? 'object' : 'string')] ?? ['text', 42];
  return fc.constantFrom(...(required ? [null, ...values] : values));
}

/** Numbers outside the documented bounds, where the document gives them. */
function outOfRange(schema: Schema): fc.Arbitrary<unknown> | undefined {
  const values: number[] = [];
  if (schema.minimum !== undefined) values.push(schema.minimum - 1, -1e20);
  if (schema.maximum !== undefined) values.push(schema.maximum + 1, 1e20);
  return values.length > 0 ? fc.constantFrom(...values) : undefined;
}
const junkQuery = fc.constantFrom(
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%F0%9F',
  '99999999999999999999',
  '-1',
  '1e3',
  '0x1',
  '9999-12-31',
  '9999-12-31T23:00:00-05:00',
  '2026-02-30',
  '',
  '%20',
  'true%00',
  'x'.repeat(5_000),
);
const junkPath = fc.constantFrom(
  '%00',
  'a%00',
  '%ED%A0%80',
  'not-a-uuid',
  '00000000-0000-0000-0000-00000000000g',
  '..%2F..%2Fetc',
  'x'.repeat(3_000),
  '%E0%A4%A',
  '%C0%AE',
);

function resolve(document: OpenApiDocument, schema: Schema): Schema {
  if (schema.$ref)
    return resolve(document, (document.components!.schemas as Record<string, Schema>)[schema.$ref.replace('#/components/schemas/', '')]);
  if (schema.allOf?.length === 1) return { ...schema, ...resolve(document, schema.allOf[0]), allOf: undefined };
  return schema;
}

/** Every field path the documented body schema names, with its schema and whether it is required. */
function fieldsOf(
  document: OpenApiDocument,
  raw: Schema | undefined,
  prefix: (string | number)[] = [],
  depth = 0,
): { path: (string | number)[]; schema: Schema; required: boolean }[] {
  if (!raw || depth > 5) return [];
  const schema = resolve(document, raw);
  if (schema.type === 'array' && schema.items) return fieldsOf(document, schema.items, [...prefix, 0], depth + 1);
  return Object.entries(schema.properties ?? {}).flatMap(([name, child]) => {
    const path = [...prefix, name];
    return [
      { path, schema: resolve(document, child), required: (schema.required ?? []).includes(name) },
      ...fieldsOf(document, child, path, depth + 1),
    ];
  });
}

function withField(
  body: unknown,
  path: (string | number)[],
  change: (holder: Record<string | number, unknown>, key: string | number) => void,
): unknown {
  const copy = JSON.parse(JSON.stringify(body ?? {}));
  let holder = copy;
  for (const key of path.slice(0, -1)) {
    if (holder[key] === undefined || holder[key] === null || typeof holder[key] !== 'object')
      holder[key] = typeof path[path.indexOf(key) + 1] === 'number' ? [] : {};
    holder = holder[key];
  }
  change(holder, path[path.length - 1]);
  return copy;
}

const deep = (depth: number, open: string, close: string, leaf = '1') => open.repeat(depth) + leaf + close.repeat(depth);

/** The invalid variants of one route's body, each a raw JSON text so prototype keys and depth survive. */
function bodyVariants(document: OpenApiDocument, op: Operation): fc.Arbitrary<string> {
  const schema = document.paths[op.path][op.method].requestBody?.content?.['application/json']?.schema;
  const base = requestBodyFor(document, op.path, op.method);
  const fields = fieldsOf(document, schema);
  const text = (v: unknown) => JSON.stringify(v);
  const whole = fc.constantFrom(
    deep(10_000, '[', ']'),
    deep(10_000, '{"a":', '}'),
    deep(40, '{"person":', '}', '{}'),
    `{"__proto__":{"admin":true},${text(base).slice(1)}`,
    `{"constructor":{"prototype":{"x":1}},${text(base).slice(1)}`,
    `{"prototype":1,${text(base).slice(1)}`,
    'null',
    '[]',
    '"text"',
    '42',
    '{',
    `{"a${NUL}":1}`,
    text({ ...(base as object), unexpected: 'field' }),
    text({ items: Array.from({ length: 5_000 }, (_, i) => ({ i })) }),
  );
  if (fields.length === 0) return whole;
  const field = fc.constantFrom(...fields);
  const oneField = field.chain(({ path, schema: s, required }) => {
    const replace = (value: unknown) => text(withField(base, path, (h, k) => (h[k] = value)));
    const options: fc.Arbitrary<string>[] = [wrongTypes(s, required).map(replace)];
    if (required) options.push(fc.constant(text(withField(base, path, (h, k) => Reflect.deleteProperty(h, k)))));
    if (s.format === 'date-time') options.push(badInstants.map(replace));
    if (s.format === 'date') options.push(badDates.map(replace));
    const outside = outOfRange(s);
    if (outside) options.push(outside.map(replace));
    if (s.type === 'string' && !s.enum)
      options.push(
        hostileStrings.map(replace),
        hostileStrings.map((h) => replace(`${(withFieldValue(base, path) as string | undefined) ?? 'x'}${h}`)),
      );
    return fc.oneof(...options);
  });
  return fc.oneof({ arbitrary: oneField, weight: 4 }, { arbitrary: whole, weight: 1 });
}

function withFieldValue(body: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), body);
}

/** One route's hostile requests: a junk query parameter or path id, a bad If-Match, or a hostile body. */
function probes(document: OpenApiDocument, op: Operation, ids: Record<string, string>): fc.Arbitrary<Probe> {
  const pathParams = op.parameters.filter((p) => p.in === 'path').map((p) => p.name);
  const queryParams = op.parameters.filter((p) => p.in === 'query').map((p) => p.name);
  const known: Partial<Record<string, string>> = ids;
  const urlWith = (overrides: Partial<Record<string, string>> = {}) =>
    op.path.replace(/\{(\w+)\}/g, (_, p: string) => overrides[p] ?? known[p] ?? randomUUID());
  const body = op.hasBody ? text(requestBodyFor(document, op.path, op.method)) : undefined;
  // A write route ignores a query it does not read, so its junk queries go with a body missing what it needs.
  const emptyBody = op.hasBody ? '{}' : undefined;
  const options: fc.Arbitrary<Probe>[] = [];
  if (pathParams.length > 0) {
    options.push(fc.tuple(fc.constantFrom(...pathParams), junkPath).map(([p, junk]) => ({ method: op.method, url: urlWith({ [p]: junk }), body })));
  }
  const names =
    queryParams.length > 0
      ? fc.oneof(fc.constantFrom(...queryParams), fc.constantFrom('__proto__', '__proto__[x]', 'constructor', 'unknown'))
      : fc.constantFrom('__proto__[x]', 'unknown');
  options.push(
    fc
      .array(fc.tuple(names, junkQuery), { minLength: 1, maxLength: 3 })
      .map((pairs) => ({ method: op.method, url: `${urlWith()}?${pairs.map(([k, v]) => `${k}=${v}`).join('&')}`, body: emptyBody })),
  );
  if (op.hasBody) {
    options.push({
      arbitrary: bodyVariants(document, op).map((b) => ({ method: op.method, url: urlWith(), body: b })),
      weight: 6,
    } as unknown as fc.Arbitrary<Probe>);
  }
  if (op.parameters.some((p) => p.in === 'header' && p.name === 'If-Match')) {
    options.push(
      fc
        .constantFrom('"0x1"', '"1e0"', 'W/"1"', '"-1"', '"1.5"', '*', '"99999999999999999999"', '1', '"1", "2"')
        .map((m) => ({ method: op.method, url: urlWith(), body, headers: { 'If-Match': m } })),
    );
  }
  return (fc.oneof(...(options as never[])) as fc.Arbitrary<Probe>).map((p) => ({ ...p, stream: op.stream }));
}

function text(v: unknown): string {
  return JSON.stringify(v);
}

/**
 * The fuzz sends each service thousands of requests a minute with one key per route: under the
 * deployment's rate limits most would be refused 429 before their input was looked at. It runs
 * with the highest limits the services take, and checks below that none was refused for its rate
 * (test/rate-limits.e2e.spec.ts tests the limits themselves).
 */
const FUZZ_CONFIG: RuntimeConfig = {
  ...EMBEDDED_CONFIG,
  limits: { ...DEFAULT_REQUEST_LIMITS, perCredential: MAX_REQUESTS_PER_WINDOW, perAddress: MAX_REQUESTS_PER_WINDOW, streamsPerCredential: 1_000 },
};

const services = allServices(FUZZ_CONFIG).map(([name, module]) =>
  name === 'child-welfare-service'
    ? ([name, ChildWelfareServiceModule.forRoot(FUZZ_CONFIG, { followAgencies: false })] as const)
    : ([name, module] as const),
);

describe('hostile input on every route of the four services [embedded]', () => {
  const started: { name: string; app: ServiceApp; document: OpenApiDocument; operations: Operation[] }[] = [];

  beforeAll(async () => {
    for (const [name, module] of services) {
      const app = await startServiceApp(module, { clock: new ManualClock(new Date('2026-07-01T08:00:00Z')), title: name });
      const document = JSON.parse(readFileSync(join(contractsDir(), 'openapi', `${name}.json`), 'utf8')) as OpenApiDocument;
      const operations = Object.entries(document.paths).flatMap(([path, ops]) =>
        Object.entries(ops as Record<string, { parameters?: Operation['parameters']; requestBody?: unknown }>).map(([method, o]) => ({
          method,
          path,
          parameters: o.parameters ?? [],
          hasBody: o.requestBody !== undefined,
          stream: JSON.stringify(o).includes('text/event-stream'),
        })),
      );
      started.push({ name, app, document, operations: operations.filter((o) => o.hasBody || o.parameters.some((p) => p.in !== 'header')) });
    }
  }, 120_000);
  afterAll(() => Promise.all(started.map((s) => s.app.close())));

  const send = (app: ServiceApp, probe: Probe, key: string): Promise<request.Response> => {
    const req = (app.http() as unknown as Record<string, (u: string) => request.Test>)[probe.method](probe.url).set(bearer(key));
    for (const [h, v] of Object.entries(probe.headers ?? {})) req.set(h, v);
    // An event stream answers its status and stays open: take the status, then hang up.
    if (probe.stream)
      req.buffer(true).parse((res, done) => {
        done(null, '');
        (res as unknown as { destroy(): void }).destroy();
      });
    return (probe.body === undefined ? req : req.set('Content-Type', 'application/json').send(probe.body)).then(
      (r) => r,
      (e: unknown) => ({ status: 599, body: { detail: e instanceof Error ? e.message : JSON.stringify(e) } }) as unknown as request.Response,
    );
  };

  /** The first development key the route lets in (401 and 403 come before validation). */
  const keyFor = async (app: ServiceApp, op: Operation, ids: Record<string, string>) => {
    for (const key of keys) {
      const status = (
        await send(
          app,
          {
            stream: op.stream,
            method: op.method,
            url: op.path.replace(/\{(\w+)\}/g, (_, p: string) => ids[p] ?? randomUUID()),
            body: op.hasBody ? '{}' : undefined,
          },
          key,
        )
      ).status;
      if (status !== 401 && status !== 403) return key;
    }
    return keys[0];
  };

  /** Each events table the service's database holds, with how many events it has stored. */
  const storedEvents = async (app: ServiceApp) => {
    const schemas = await app.db.query<{ table_schema: string }>(
      `SELECT table_schema FROM information_schema.tables WHERE table_name = 'events' ORDER BY 1`,
    );
    const counts: Record<string, number> = {};
    for (const { table_schema } of schemas) counts[table_schema] = await app.eventCount(table_schema);
    return counts;
  };

  /** What the hostile requests stored, to say which route let it in. */
  const eventsSince = async (app: ServiceApp, before: Record<string, number>) => {
    const lines: string[] = [];
    for (const [schema, n] of Object.entries(before)) {
      const rows = await app.db.query<{ event_type: string; data: string }>(
        `SELECT event_type, left(data::text, 200) AS data FROM "${schema}".events ORDER BY global_position OFFSET ${n}`,
      );
      lines.push(...rows.map((r) => `${schema} ${r.event_type} ${r.data}`));
    }
    return lines;
  };

  it('says nothing of the framework, and never echoes a refused key', async () => {
    const welfare = started.find((s) => s.name === 'child-welfare-service')!.app;
    const res = await welfare.http().get('/alerts/stream?access_token=not-a-key-7f3a').expect(401);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.body.instance).toBe('/alerts/stream');
    expect(JSON.stringify(res.body)).not.toContain('not-a-key-7f3a');
  });

  it(`answers none of ${TOTAL_REQUESTS} hostile requests with a 5xx and stores no event`, async () => {
    const plans: { app: ServiceApp; name: string; op: Operation; key: string; ids: Record<string, string> }[] = [];
    for (const { name, app, operations } of started) {
      const record = records[name];
      const ids = record ? { [record.param]: await record.create(app) } : {};
      for (const op of operations) plans.push({ app, name, op, ids, key: await keyFor(app, op, ids) });
    }
    const before = await Promise.all(started.map((s) => storedEvents(s.app)));
    const perRoute = Math.ceil(TOTAL_REQUESTS / plans.length);
    const requests = plans.flatMap((plan, i) =>
      fc
        .sample(probes(started.find((s) => s.name === plan.name)!.document, plan.op, plan.ids), { numRuns: perRoute, seed: SEED + i })
        .map((probe) => ({ plan, probe })),
    );

    const failures: string[] = [];
    const failingRoutes = new Set<string>();
    let rateLimited = 0;
    for (let i = 0; i < requests.length; i += BATCH) {
      const batch = requests.slice(i, i + BATCH);
      const answers = await Promise.all(batch.map(({ plan, probe }) => send(plan.app, probe, plan.key)));
      if (PROGRESS && i % 1_000 < BATCH)
        process.stdout.write(`[hostile-input] ${i} sent, ${failures.length} >= 500, ${Math.round(process.uptime())} s\n`);
      answers.forEach((answer, j) => {
        if (answer.status === 429) rateLimited++;
        if (answer.status < 500) return;
        const { plan, probe } = batch[j];
        failingRoutes.add(`${plan.name} ${plan.op.method.toUpperCase()} ${plan.op.path}`);
        failures.push(
          `${answer.status} ${plan.name} ${probe.method.toUpperCase()} ${probe.url.slice(0, 160)} ${JSON.stringify(probe.headers ?? {})} ${(probe.body ?? '').slice(0, 200)}`,
        );
      });
    }
    const after = await Promise.all(started.map((s) => storedEvents(s.app)));
    process.stdout.write(
      `[hostile-input] ${requests.length} requests over ${plans.length} routes; ${failures.length} answered >= 500 on ${failingRoutes.size} routes\n`,
    );
    if (failures.length > 0) process.stdout.write(`${[...failingRoutes].join('\n')}\n${failures.slice(0, 60).join('\n')}\n`);
    const stored = [...new Set((await Promise.all(started.map((s, i) => eventsSince(s.app, before[i])))).flat())];
    if (stored.length > 0) process.stdout.write(`[hostile-input] stored by hostile requests:\n${stored.slice(0, 40).join('\n')}\n`);
    expect(requests.length).toBeGreaterThanOrEqual(TOTAL_REQUESTS);
    expect(failures).toEqual([]);
    expect(after).toEqual(before);
    expect(rateLimited).toBe(0);
  }, 300_000);
});
