import { createHmac } from 'node:crypto';
import { newWebhookSecret, signatureHeader, verifySignature } from './webhook-signature';

const secret = 'whsec_test-secret';
const body = '{"kind":"alert-raised"}';
const at = new Date('2026-05-01T00:00:00.000Z');
const t = at.getTime() / 1000;

describe('webhook signatures', () => {
  it('signs timestamp.body with HMAC-SHA256 of the secret, as a receiver computes it', () => {
    const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(signatureHeader([secret], at, body)).toBe(`t=${t},v1=${expected}`);
  });

  it('sends one signature per honoured secret during a rotation, and a receiver holding either accepts', () => {
    const header = signatureHeader(['whsec_new', 'whsec_old'], at, body);
    expect(header.split(',')).toHaveLength(3);
    expect(verifySignature('whsec_new', header, body, at)).toEqual({ valid: true });
    expect(verifySignature('whsec_old', header, body, at)).toEqual({ valid: true });
  });

  it.each([
    ['another secret', 'whsec_other', signatureHeader([secret], at, body), body, at, 'no signature matches the secret'],
    ['a changed body', secret, signatureHeader([secret], at, body), `${body} `, at, 'no signature matches the secret'],
    [
      'a replay six minutes later',
      secret,
      signatureHeader([secret], at, body),
      body,
      new Date(at.getTime() + 6 * 60_000),
      'timestamp outside the tolerance',
    ],
    ['no header', secret, undefined, body, at, 'no signature header'],
    ['no timestamp', secret, 'v1=00', body, at, 'no timestamp'],
    ['a malformed signature', secret, `t=${t},v1=xyz`, body, at, 'no signature matches the secret'],
  ])('refuses %s', (_what, key, header, received, now, reason) => {
    expect(verifySignature(key, header, received, now)).toEqual({ valid: false, reason });
  });

  it('makes secrets of 32 random bytes, never the same twice', () => {
    const [a, b] = [newWebhookSecret(), newWebhookSecret()];
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
  });
});
