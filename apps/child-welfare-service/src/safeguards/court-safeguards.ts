import type { PersonSafeguard } from './person-safeguard';
import type { SafeguardPolicy } from './policy';

/** The pre-trial and trial safeguards (catalogue 8–15). */
export function courtSafeguards(_policy: SafeguardPolicy): PersonSafeguard[] {
  return [];
}
