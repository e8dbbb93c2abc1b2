import type { Agency, Role } from '@safeguard/contracts';
import type { UnitLookup } from '@safeguard/units';
import { principalProblem } from '../credentials';
import type { Principal } from '../principal';

/**
 * The claims an access token must carry for this service, set per client at the identity
 * provider (as an API key's record is set in the credentials file):
 *
 * | claim | meaning | required |
 * | --- | --- | --- |
 * | `client_id` (RFC 9068) or `sub` | the credential id, written to the access log | yes |
 * | `safeguard_agency` | police, court, prison, oversight or integrator | yes |
 * | `safeguard_role` | e.g. police-officer, judge, oversight-monitor | yes |
 * | `safeguard_unit` | the unit of the unit registry stamped on every fact the client records | yes |
 * | `safeguard_scope` | `own-unit` (default) or `all` | no |
 * | `safeguard_user` | the person or system account acting; else the client id | no |
 *
 * Own names rather than the OAuth `scope` claim: a scope says what a token may do, these say who
 * the caller is, and the same checks apply as to an API key's record.
 */
export const SafeguardClaims = {
  agency: 'safeguard_agency',
  role: 'safeguard_role',
  unit: 'safeguard_unit',
  scope: 'safeguard_scope',
  user: 'safeguard_user',
} as const;

export type ClaimsVerdict = { readonly principal: Principal } | { readonly refused: string };

/** The principal a verified token's claims name, or why they name none the service knows. */
export function principalFromClaims(claims: Readonly<Record<string, unknown>>, units: UnitLookup): ClaimsVerdict {
  const credentialId = text(claims.client_id) ?? text(claims.sub);
  if (!credentialId) return { refused: 'the token names no client (client_id or sub)' };
  const required = [SafeguardClaims.agency, SafeguardClaims.role, SafeguardClaims.unit] as const;
  const [agency, role, unitId] = required.map((claim) => text(claims[claim]));
  if (!agency || !role || !unitId) {
    const missing = required.filter((claim) => !text(claims[claim]));
    return { refused: `the token lacks the claim${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` };
  }
  for (const optional of [SafeguardClaims.scope, SafeguardClaims.user]) {
    if (claims[optional] !== undefined && !text(claims[optional])) return { refused: `the token's ${optional} claim must be a non-empty string` };
  }
  const principal: Principal = {
    credentialId,
    agency: agency as Agency,
    role: role as Role,
    unitId,
    userId: text(claims[SafeguardClaims.user]) ?? credentialId,
    // Least privilege when the issuer says nothing: a client sees its own unit's records only.
    scope: (text(claims[SafeguardClaims.scope]) ?? 'own-unit') as Principal['scope'],
  };
  const problem = principalProblem(principal, units);
  return problem ? { refused: `the token's claims do not name a known caller: ${problem}` } : { principal: Object.freeze(principal) };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/**
 * A compact JWS (`header.payload.signature`, the header a JSON object, so `eyJ…`): told apart from
 * an API key before anything is checked, so a broken token is refused as a token, with its reason.
 */
export function looksLikeJwt(credential: string): boolean {
  return /^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(credential);
}
