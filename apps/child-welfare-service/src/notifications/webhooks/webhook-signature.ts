import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * How a webhook delivery proves it came from this service, as Stripe and GitHub do it: an
 * HMAC-SHA256, keyed by the subscription's secret, over the delivery's timestamp, a dot and the
 * exact bytes of its body, sent as `Safeguard-Signature: t=<unix seconds>,v1=<hex>`. The
 * timestamp is signed so a captured delivery cannot be replayed later; while a rotated secret
 * is still honoured both signatures are sent, and a receiver accepts either.
 */
export const SIGNATURE_HEADER = 'safeguard-signature';

/** How far a delivery's timestamp may be from the receiver's clock before it is refused. */
export const SIGNATURE_TOLERANCE_SECONDS = 300;

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export function signatureOf(secret: string, timestampSeconds: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestampSeconds}.${body}`).digest('hex');
}

/** The header value for a body, signed with each secret still honoured (the newest first). */
export function signatureHeader(secrets: readonly string[], at: Date, body: string): string {
  const t = Math.floor(at.getTime() / 1000);
  return [`t=${t}`, ...secrets.map((s) => `v1=${signatureOf(s, t, body)}`)].join(',');
}

export type SignatureCheck = { readonly valid: true } | { readonly valid: false; readonly reason: string };

/**
 * What a receiver does with the header: the timestamp within the tolerance of its own clock, and
 * one `v1` equal, in constant time, to the HMAC of `t.body` under its secret.
 */
export function verifySignature(
  secret: string,
  header: string | undefined,
  body: string,
  now: Date,
  toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS,
): SignatureCheck {
  if (!header) return { valid: false, reason: 'no signature header' };
  const parts = header.split(',').map((p): [string, string] => {
    const at = p.indexOf('=');
    return at < 0 ? [p.trim(), ''] : [p.slice(0, at).trim(), p.slice(at + 1).trim()];
  });
  const t = Number(parts.find(([k]) => k === 't')?.[1] ?? NaN);
  if (!Number.isSafeInteger(t)) return { valid: false, reason: 'no timestamp' };
  if (Math.abs(now.getTime() / 1000 - t) > toleranceSeconds) return { valid: false, reason: 'timestamp outside the tolerance' };
  const expected = Buffer.from(signatureOf(secret, t, body), 'hex');
  const matches = parts.filter(([k, v]) => k === 'v1' && /^[0-9a-f]{64}$/.test(v)).some(([, v]) => timingSafeEqual(Buffer.from(v, 'hex'), expected));
  return matches ? { valid: true } : { valid: false, reason: 'no signature matches the secret' };
}
