import type { Actor } from '@safeguard/contracts';

/**
 * Who is calling: the agency, role, unit and user a credential names. `scope` says whether
 * the caller sees only its own unit's records (`own-unit`) or every unit's (`all`).
 */
export interface Principal extends Actor {
  readonly credentialId: string;
  readonly scope: 'own-unit' | 'all';
}
