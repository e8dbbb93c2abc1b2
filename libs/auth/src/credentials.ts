import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agencies, Roles } from '@safeguard/contracts';
import type { Principal } from './principal';

interface CredentialRecord extends Principal {
  /** SHA-256 of the API key, hex. Keys themselves are never stored or logged. */
  readonly keySha256: string;
}

/**
 * The API keys the service accepts. Production supplies its own file (`SAFEGUARD_CREDENTIALS_FILE`);
 * development falls back to the documented keys in `deploy/local/dev-credentials.json`.
 * Nothing is open by default: with no file, start-up fails.
 */
export class CredentialRegistry {
  private readonly byHash: ReadonlyMap<string, Principal>;

  constructor(records: readonly CredentialRecord[]) {
    this.byHash = new Map(records.map(({ keySha256, ...principal }) => [keySha256.toLowerCase(), validated(principal)]));
  }

  static fromFile(path: string): CredentialRegistry {
    return new CredentialRegistry(JSON.parse(readFileSync(path, 'utf8')) as CredentialRecord[]);
  }

  /** The principal an API key belongs to, or undefined for an unknown key. */
  authenticate(apiKey: string): Principal | undefined {
    return this.byHash.get(sha256(apiKey));
  }
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function validated(p: Principal): Principal {
  if (!(Agencies as readonly string[]).includes(p.agency)) throw new Error(`credential ${p.credentialId}: unknown agency ${p.agency}`);
  if (!(Roles as readonly string[]).includes(p.role)) throw new Error(`credential ${p.credentialId}: unknown role ${p.role}`);
  if (p.scope !== 'own-unit' && p.scope !== 'all') throw new Error(`credential ${p.credentialId}: unknown scope ${p.scope}`);
  return Object.freeze({ ...p });
}
