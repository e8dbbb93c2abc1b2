import type { Principal } from '@safeguard/auth';
import type { AccessAction, AccessLoggedRoute } from './access-logged';

/** One line of the access log: who touched which child's or parent's record, when, from where, and how it ended. */
export interface AccessEntry {
  /** When the request arrived, ISO 8601 in UTC. */
  readonly at: string;
  /** Null when no credential was recognised (a 401). */
  readonly credentialId: string | null;
  readonly agency: string | null;
  readonly role: string | null;
  readonly unitId: string | null;
  readonly userId: string | null;
  /** The peer's address; a trusted proxy's X-Forwarded-For only when SAFEGUARD_TRUSTED_PROXIES names that proxy. */
  readonly clientAddress: string;
  readonly method: string;
  /** The route template (`/arrests/:arrestId/dependants-screening`), never the URL: no query string, no access_token. */
  readonly route: string;
  readonly action: AccessAction;
  /** The HTTP status answered. */
  readonly outcome: number;
  readonly childIds: readonly string[];
  readonly personIds: readonly string[];
  readonly recordIds: readonly string[];
  readonly correlationId: string;
}

/** What the shell read of the request. */
export interface AccessRequest {
  readonly at: Date;
  readonly method: string;
  readonly route: string;
  readonly clientAddress: string;
  readonly params: Readonly<Record<string, unknown>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly correlationId: string;
}

/** How it ended: the status, and on success the answer and the data of the events a change stored. */
export interface AccessOutcome {
  readonly status: number;
  readonly answer?: unknown;
  readonly stored?: readonly unknown[];
}

/** The entry for one request to an access-logged route. Pure: the interceptor, the filter and the write path all build it here. */
export function accessEntry(route: AccessLoggedRoute, caller: Principal | undefined, request: AccessRequest, outcome: AccessOutcome): AccessEntry {
  const named = route.subjectsFromAnswer === false ? emptySubjects() : subjectsNamedIn([outcome.answer, ...(outcome.stored ?? [])]);
  const field = (name: string | undefined) => (name === undefined ? [] : fieldValues(name, request, outcome.answer));
  return {
    at: request.at.toISOString(),
    credentialId: caller?.credentialId ?? null,
    agency: caller?.agency ?? null,
    role: caller?.role ?? null,
    unitId: caller?.unitId ?? null,
    userId: caller?.userId ?? null,
    clientAddress: request.clientAddress,
    method: request.method,
    route: request.route,
    action: route.action,
    outcome: outcome.status,
    childIds: distinct([...field(route.child), ...named.childIds]),
    personIds: distinct([...field(route.person), ...named.personIds]),
    recordIds: distinct(field(route.record)),
    correlationId: request.correlationId,
  };
}

/** The keys under which our answers and events name a child or a parent, at any depth. */
const CHILD_KEYS = new Set(['childId', 'childIds', 'childKey', 'childKeys']);
const PERSON_KEYS = new Set(['personId']);
/** A list of 500 children names about as many ids; past this an answer is not one person's record. */
const MAX_IDS = 2_000;
const MAX_DEPTH = 32;

interface Subjects {
  childIds: string[];
  personIds: string[];
}

function emptySubjects(): Subjects {
  return { childIds: [], personIds: [] };
}

/**
 * Every child and parent the values name, once each. Walks each object once and with its own
 * depth bound, so a cyclic or absurdly deep value cannot hang or overflow the logging of a request.
 */
export function subjectsNamedIn(values: readonly unknown[]): Subjects {
  const children = new Set<string>();
  const people = new Set<string>();
  const seen = new WeakSet<object>();
  const walk = (value: unknown, depth: number): void => {
    if (value === null || typeof value !== 'object' || depth > MAX_DEPTH || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
      return;
    }
    for (const [key, inner] of Object.entries(value)) {
      if (CHILD_KEYS.has(key)) collect(children, inner);
      else if (PERSON_KEYS.has(key)) collect(people, inner);
      else walk(inner, depth + 1);
    }
  };
  for (const value of values) walk(value, 0);
  return { childIds: [...children], personIds: [...people] };
}

function collect(into: Set<string>, value: unknown): void {
  for (const id of Array.isArray(value) ? value : [value]) if (into.size < MAX_IDS && storableId(id)) into.add(id);
}

/** A named field's value: from the path, else the query, else the answer's top level. */
function fieldValues(name: string, request: AccessRequest, answer: unknown): string[] {
  const fromAnswer = answer !== null && typeof answer === 'object' && !Array.isArray(answer) ? (answer as Record<string, unknown>)[name] : undefined;
  const value = request.params[name] ?? request.query[name] ?? fromAnswer;
  return (Array.isArray(value) ? value : [value]).filter(storableId);
}

/**
 * An id as it can be stored and searched: refused requests carry whatever the caller sent (a
 * NUL, a lone surrogate, 5,000 characters), and the log must still take their entry.
 */
export function storableId(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= 200 &&
    !value.includes('\u0000') &&
    (value as string & { isWellFormed(): boolean }).isWellFormed()
  );
}

function distinct(ids: readonly string[]): string[] {
  return [...new Set(ids)].slice(0, MAX_IDS);
}

/** `::ffff:10.0.0.7` as `10.0.0.7`: an IPv4 peer on a dual-stack socket, written as people read it. */
export function readableAddress(address: string | undefined): string {
  if (!address) return 'unknown';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address;
}
