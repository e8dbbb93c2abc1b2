import type { Principal } from '@safeguard/auth';
import { accessEntry, readableAddress, storableId, subjectsNamedIn, type AccessRequest } from './access-entry';
import { matchTemplate, routeTemplate } from './access-log-routes';
import { trustedProxiesFromEnv } from './trusted-proxies';

const officer: Principal = {
  credentialId: 'police-pp-anti-drug',
  agency: 'police',
  role: 'police-officer',
  unitId: 'PP-ANTI-DRUG',
  userId: 'officer-17',
  scope: 'own-unit',
};
const arrestId = '5b0c8f4e-2a35-4a40-9d3e-1f7c2b6a9e01';
const request = (more: Partial<AccessRequest> = {}): AccessRequest => ({
  at: new Date('2026-03-02T04:05:06.789Z'),
  method: 'POST',
  route: '/arrests/:arrestId/dependants-screening',
  clientAddress: '10.1.2.3',
  params: { arrestId },
  query: {},
  correlationId: '9f1c7e0a-7d4b-4c2e-8a51-3b2d6f0e4c11',
  ...more,
});

describe('an access-log entry, from the route’s declaration, the caller and the outcome', () => {
  it('says who, when, from where, which route, what was touched, read or change, and the status', () => {
    const stored = [{ arrestId, personId: 'person-KH-0012', children: [{ childId: 'child-1', name: 'Dara' }, { childId: 'child-2' }] }];
    expect(
      accessEntry({ action: 'change', record: 'arrestId' }, officer, request(), { status: 201, answer: { arrestId, version: 2 }, stored }),
    ).toEqual({
      at: '2026-03-02T04:05:06.789Z',
      credentialId: 'police-pp-anti-drug',
      agency: 'police',
      role: 'police-officer',
      unitId: 'PP-ANTI-DRUG',
      userId: 'officer-17',
      clientAddress: '10.1.2.3',
      method: 'POST',
      route: '/arrests/:arrestId/dependants-screening',
      action: 'change',
      outcome: 201,
      childIds: ['child-1', 'child-2'],
      personIds: ['person-KH-0012'],
      recordIds: [arrestId],
      correlationId: '9f1c7e0a-7d4b-4c2e-8a51-3b2d6f0e4c11',
    });
  });

  it('keeps a refusal with no known credential, naming only what the path named', () => {
    const entry = accessEntry(
      { action: 'read', child: 'childId' },
      undefined,
      request({ method: 'GET', route: '/children/:childId', params: { childId: 'child-1' } }),
      { status: 401 },
    );
    expect(entry).toMatchObject({
      credentialId: null,
      agency: null,
      role: null,
      unitId: null,
      userId: null,
      outcome: 401,
      childIds: ['child-1'],
      personIds: [],
      recordIds: [],
    });
  });

  it('takes a named field from the path, else the query, else the answer’s top level', () => {
    const route = { action: 'read', person: 'personId', record: 'arrestId' } as const;
    expect(accessEntry(route, officer, request({ params: {}, query: { personId: 'person-KH-0099' } }), { status: 200 })).toMatchObject({
      personIds: ['person-KH-0099'],
      recordIds: [],
    });
    expect(accessEntry(route, officer, request({ params: {} }), { status: 201, answer: { arrestId } })).toMatchObject({ recordIds: [arrestId] });
  });

  it('lists the children and parents an answer names at any depth, once each', () => {
    const answer = {
      items: [{ childKey: 'c1', childIds: ['c1', 'p-7'], personId: 'person-1' }, { alerts: [{ childIds: ['c1'], personId: 'person-1' }] }],
      facility: { childKeys: ['c9'] },
    };
    expect(accessEntry({ action: 'read' }, officer, request(), { status: 200, answer })).toMatchObject({
      childIds: ['c1', 'p-7', 'c9'],
      personIds: ['person-1'],
    });
  });

  it('leaves the answer out when the route says its answer is not about people (the access log’s own listing)', () => {
    const answer = { items: [{ childIds: ['someone-else'] }] };
    expect(
      accessEntry({ action: 'read', child: 'childId', subjectsFromAnswer: false }, officer, request({ params: {}, query: { childId: 'c1' } }), {
        status: 200,
        answer,
      }),
    ).toMatchObject({ childIds: ['c1'] });
  });

  it('never carries what a hostile caller sent that the log could not store: NUL, lone surrogates, 5,000 characters', () => {
    const params = { childId: 'a\u0000b', arrestId: 'x\uD800', personId: 'x'.repeat(5_000) };
    expect(
      accessEntry({ action: 'read', child: 'childId', record: 'arrestId', person: 'personId' }, undefined, request({ params }), { status: 400 }),
    ).toMatchObject({ childIds: [], personIds: [], recordIds: [] });
    expect([storableId('child-1'), storableId(''), storableId(42), storableId('x'.repeat(201))]).toEqual([true, false, false, false]);
  });

  it('does not hang or overflow on a cyclic or absurdly deep answer', () => {
    const cyclic: Record<string, unknown> = { childId: 'c1' };
    cyclic.self = cyclic;
    let deep: Record<string, unknown> = { personId: 'too-deep' };
    for (let i = 0; i < 10_000; i++) deep = { next: deep };
    expect(subjectsNamedIn([cyclic, deep])).toEqual({ childIds: ['c1'], personIds: [] });
  });

  it('writes an IPv4 peer of a dual-stack socket as people read it', () => {
    expect([readableAddress('::ffff:10.0.0.7'), readableAddress('::1'), readableAddress(undefined)]).toEqual(['10.0.0.7', '::1', 'unknown']);
  });
});

describe('access-logged routes, as the router serves them', () => {
  it('joins a controller’s and a handler’s paths as Nest does', () => {
    expect([routeTemplate('arrests/:arrestId', ''), routeTemplate('cases/:caseId', 'history'), routeTemplate('/alerts/', '/stream/')]).toEqual([
      '/arrests/:arrestId',
      '/cases/:caseId/history',
      '/alerts/stream',
    ]);
  });

  it('matches a path not yet routed (the authentication door’s refusal) to its template, with its parameters decoded', () => {
    expect(matchTemplate('/arrests/:arrestId/children/:childId/care-arrangements', `/arrests/${arrestId}/children/c%201/care-arrangements`)).toEqual({
      arrestId,
      childId: 'c 1',
    });
    expect(matchTemplate('/arrests/:arrestId', '/arrests/1/history')).toBeUndefined();
    expect(matchTemplate('/alerts/stream', '/alerts/other')).toBeUndefined();
    expect(matchTemplate('/children/:childId', '/children/%E0%A4%A')).toEqual({ childId: '%E0%A4%A' });
  });
});

describe('SAFEGUARD_TRUSTED_PROXIES', () => {
  it('trusts nobody when unset, so X-Forwarded-For is ignored', () => {
    expect(trustedProxiesFromEnv({})).toEqual([]);
  });

  it('takes addresses, CIDR ranges and Express’s named ranges', () => {
    expect(trustedProxiesFromEnv({ SAFEGUARD_TRUSTED_PROXIES: 'loopback, 10.0.0.0/8,fd00::/8, 192.0.2.10' })).toEqual([
      'loopback',
      '10.0.0.0/8',
      'fd00::/8',
      '192.0.2.10',
    ]);
  });

  it.each(['true', '*', '2', '10.0.0.0/33', 'proxy.example', '10.0.0.1/8/1'])(
    'refuses %s: believing everyone would let a caller write any address into the log',
    (value) => {
      expect(() => trustedProxiesFromEnv({ SAFEGUARD_TRUSTED_PROXIES: value })).toThrow('SAFEGUARD_TRUSTED_PROXIES');
    },
  );
});
