import { ConcurrencyCap } from './concurrency-cap';
import { refusalOf, throttlersFor, trackerOf } from './rate-limits';
import { DEFAULT_REQUEST_LIMITS, requestLimitsFromEnv } from './request-limits';

describe('the limits read from the environment', () => {
  it('are the defaults when nothing is set', () => {
    expect(requestLimitsFromEnv({})).toEqual(DEFAULT_REQUEST_LIMITS);
    expect(DEFAULT_REQUEST_LIMITS).toEqual({
      perCredential: 1_200,
      perAddress: 6_000,
      windowSeconds: 60,
      streamsPerCredential: 5,
      replayChanges: 1_000,
    });
  });

  it('take each variable on its own, the rest staying at their defaults', () => {
    expect(requestLimitsFromEnv({ SAFEGUARD_RATE_LIMIT_PER_CREDENTIAL: ' 30 ', SAFEGUARD_STREAM_REPLAY_MAX: '0' })).toEqual({
      ...DEFAULT_REQUEST_LIMITS,
      perCredential: 30,
      replayChanges: 0,
    });
    expect(
      requestLimitsFromEnv({
        SAFEGUARD_RATE_LIMIT_PER_ADDRESS: '100000',
        SAFEGUARD_RATE_LIMIT_WINDOW_SECONDS: '1',
        SAFEGUARD_STREAMS_PER_CREDENTIAL: '1',
      }),
    ).toEqual({
      ...DEFAULT_REQUEST_LIMITS,
      perAddress: 100_000,
      windowSeconds: 1,
      streamsPerCredential: 1,
    });
  });

  it.each([
    ['SAFEGUARD_RATE_LIMIT_PER_CREDENTIAL', '0'],
    ['SAFEGUARD_RATE_LIMIT_PER_CREDENTIAL', '100001'],
    ['SAFEGUARD_RATE_LIMIT_PER_ADDRESS', '1.5'],
    ['SAFEGUARD_RATE_LIMIT_WINDOW_SECONDS', '86401'],
    ['SAFEGUARD_STREAMS_PER_CREDENTIAL', 'off'],
    ['SAFEGUARD_STREAM_REPLAY_MAX', '-1'],
    ['SAFEGUARD_STREAM_REPLAY_MAX', '1e3'],
  ])('refuse %s=%s, naming the variable', (name, value) => {
    expect(() => requestLimitsFromEnv({ [name]: value })).toThrow(name);
  });
});

describe('who a request is counted as', () => {
  const monitor = { principal: { credentialId: 'monitor-licadho' }, ip: '203.0.113.7' };

  it('is its credential under the credential limit and its address under the address limit', () => {
    expect(trackerOf('credential', monitor)).toBe('credential monitor-licadho');
    expect(trackerOf('address', monitor)).toBe('address 203.0.113.7');
  });

  it('is its address under both on a public route, where no credential was shown', () => {
    expect(trackerOf('credential', { ip: '203.0.113.7' })).toBe('address 203.0.113.7');
  });

  it('counts an IPv4-mapped address as the IPv4 one, and an IPv6 host by its /64', () => {
    expect(trackerOf('address', { ip: '::ffff:203.0.113.7' })).toBe('address 203.0.113.7');
    expect(trackerOf('address', { ip: '2001:db8:1:2:aaaa::1' })).toBe(trackerOf('address', { ip: '2001:db8:1:2:bbbb::9' }));
    expect(trackerOf('address', { ip: '2001:db8:1:2::1' })).not.toBe(trackerOf('address', { ip: '2001:db8:1:3::1' }));
  });

  it('falls back to the socket address when Express has no ip', () => {
    expect(trackerOf('address', { socket: { remoteAddress: '198.51.100.2' } })).toBe('address 198.51.100.2');
  });
});

describe("the throttler's settings", () => {
  it('count the credential first, then the address, over the window, without a block period', () => {
    const throttlers = throttlersFor({ ...DEFAULT_REQUEST_LIMITS, perCredential: 20, perAddress: 50, windowSeconds: 3600 });
    expect(throttlers.map(({ name, limit, ttl, blockDuration }) => ({ name, limit, ttl, blockDuration }))).toEqual([
      { name: 'credential', limit: 20, ttl: 3_600_000, blockDuration: 0 },
      { name: 'address', limit: 50, ttl: 3_600_000, blockDuration: 0 },
    ]);
  });
});

describe('what a caller over a limit is told', () => {
  it('names the limit that refused it and when to retry, in whole seconds of at least one', () => {
    expect(refusalOf('credential monitor-licadho', 20, 60_000, 42)).toEqual({
      detail: 'this credential has made 20 requests in 60 s, the most this service takes; retry in 42 s',
      retryAfterSeconds: 42,
    });
    expect(refusalOf('address 203.0.113.7', 50, 60_000, 0).retryAfterSeconds).toBe(1);
    expect(refusalOf('address 203.0.113.7', 50, 60_000, 2.2)).toMatchObject({
      detail: expect.stringMatching(/^this client address has made 50/),
      retryAfterSeconds: 3,
    });
  });
});

describe('a concurrency cap', () => {
  it('hands out slots per key up to the capacity, and one more once a slot is freed', () => {
    const cap = new ConcurrencyCap(2);
    const first = cap.tryTake('a');
    expect(cap.tryTake('a')).toBeDefined();
    expect(cap.tryTake('a')).toBeUndefined();
    expect(cap.tryTake('b')).toBeDefined();
    first!();
    expect(cap.inUse('a')).toBe(1);
    expect(cap.tryTake('a')).toBeDefined();
    expect(cap.tryTake('a')).toBeUndefined();
  });

  it('frees a slot once however many times its release is called', () => {
    const cap = new ConcurrencyCap(2);
    const release = cap.tryTake('a')!;
    cap.tryTake('a');
    release();
    release();
    expect(cap.inUse('a')).toBe(1);
  });

  it('refuses a capacity below one', () => {
    expect(() => new ConcurrencyCap(0)).toThrow('at least 1');
  });
});
