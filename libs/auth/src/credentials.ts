import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agencies, Roles, type Agency } from '@safeguard/contracts';
import { UnitKinds, type UnitKind, type UnitLookup } from '@safeguard/units';
import type { Principal } from './principal';

interface CredentialRecord extends Principal {
  /** SHA-256 of the API key, hex. Keys themselves are never stored or logged. */
  readonly keySha256: string;
}

/**
 * The API keys the service accepts. Production supplies its own file (`SAFEGUARD_CREDENTIALS_FILE`);
 * development falls back to the documented keys in `deploy/local/dev-credentials.json`.
 * Nothing is open by default: with no file, start-up fails. Every credential names a unit of the
 * unit registry, of a kind its agency has: the unit is stamped on every fact it records, and
 * alerts tell monitors whom to call from it.
 */
export class CredentialRegistry {
  private readonly byHash: ReadonlyMap<string, Principal>;

  constructor(records: readonly CredentialRecord[], units: UnitLookup) {
    this.byHash = new Map(records.map(({ keySha256, ...principal }) => [keySha256.toLowerCase(), validated(principal, units)]));
  }

  static fromFile(path: string, units: UnitLookup): CredentialRegistry {
    return new CredentialRegistry(JSON.parse(readFileSync(path, 'utf8')) as CredentialRecord[], units);
  }

  /** The principal an API key belongs to, or undefined for an unknown key. */
  authenticate(apiKey: string): Principal | undefined {
    return this.byHash.get(sha256(apiKey));
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/**
 * The kinds of unit each agency's credentials may belong to. An own-unit officer records into
 * her unit (a prison officer admits into it), so a police, court or prison key names a unit of
 * its own kind; monitors and welfare officers belong to oversight bodies, welfare offices or
 * NGOs (LICADHO monitors prisons); an integrator's system may be anyone's.
 */
const unitKindsOf: Record<Agency, readonly UnitKind[]> = {
  police: ['police-unit'],
  court: ['court'],
  prison: ['prison'],
  oversight: ['oversight-body', 'welfare-office', 'ngo'],
  integrator: UnitKinds,
};

function validated(p: Principal, units: UnitLookup): Principal {
  const problem = principalProblem(p, units);
  if (problem) throw new Error(`credential ${p.credentialId}: ${problem}`);
  return Object.freeze({ ...p });
}

/**
 * Why a principal cannot be accepted, or undefined when it can: a known agency, role and scope,
 * and a unit of the registry of a kind its agency has. API keys are checked with it when the
 * credentials file is read, access tokens on every request (their claims come from the issuer).
 */
export function principalProblem(p: Principal, units: UnitLookup): string | undefined {
  if (!(Agencies as readonly string[]).includes(p.agency)) return `unknown agency ${p.agency}`;
  if (!(Roles as readonly string[]).includes(p.role)) return `unknown role ${p.role}`;
  // Read from a file or a token's claims, so the value may be any string whatever the type says.
  if (!(['own-unit', 'all'] as readonly string[]).includes(p.scope)) return `unknown scope ${p.scope}`;
  const unit = units.unit(p.unitId);
  if (!unit) return `unit ${p.unitId} is not in the unit registry`;
  if (!unitKindsOf[p.agency].includes(unit.kind)) {
    return `unit ${p.unitId} is of kind ${unit.kind}; ${p.agency} credentials belong to units of kind ${unitKindsOf[p.agency].join(' or ')}`;
  }
  return undefined;
}
