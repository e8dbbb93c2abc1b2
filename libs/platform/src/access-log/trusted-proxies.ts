import { isIP } from 'node:net';

const NAMED_RANGES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/**
 * `SAFEGUARD_TRUSTED_PROXIES`: the reverse proxies whose `X-Forwarded-For` names the client, as
 * addresses, CIDR ranges or Express's `loopback`, `linklocal`, `uniquelocal`. Unset, nobody is
 * trusted and the client address is the peer's: anyone can send X-Forwarded-For, so believing it
 * from everyone would let a caller write any address into the access log. "Trust all" and hop
 * counts are refused for the same reason.
 */
export function trustedProxiesFromEnv(env: NodeJS.ProcessEnv = process.env): readonly string[] {
  const raw = env.SAFEGUARD_TRUSTED_PROXIES?.trim();
  if (!raw) return [];
  return raw.split(',').map((entry) => {
    const proxy = entry.trim();
    if (!NAMED_RANGES.has(proxy) && !isAddressOrRange(proxy)) {
      throw new Error(`SAFEGUARD_TRUSTED_PROXIES: "${proxy}" is not an IP address, a CIDR range or one of ${[...NAMED_RANGES].join(', ')}`);
    }
    return proxy;
  });
}

function isAddressOrRange(text: string): boolean {
  const parts = text.split('/');
  if (parts.length > 2) return false;
  const [address, bits] = parts;
  const family = isIP(address);
  if (family === 0) return false;
  if (parts.length === 1) return true;
  const n = Number(bits);
  return /^\d{1,3}$/.test(bits) && n >= 0 && n <= (family === 4 ? 32 : 128);
}
