import { clientKey, failedAuthBudgetFromEnv, FailedAuthLimiter } from './failed-auth-limiter';

describe('FailedAuthLimiter', () => {
  let now = 0;
  const clock = () => now;
  const limiter = (failures = 3, windowSeconds = 60, maxAddresses?: number) =>
    new FailedAuthLimiter({ failures, windowSeconds }, clock, maxAddresses);
  const fail = (l: FailedAuthLimiter, address: string, times: number) => Array.from({ length: times }, () => l.recordFailure(address));

  beforeEach(() => (now = 1_000_000));

  it('lets an address fail its budget, then makes it wait until the window opened by its first failure closes', () => {
    const l = limiter(3, 60);
    fail(l, '203.0.113.7', 2);
    expect(l.retryAfterSeconds('203.0.113.7')).toBe(0);
    now += 20_000;
    fail(l, '203.0.113.7', 1);
    expect(l.retryAfterSeconds('203.0.113.7')).toBe(40);
    now += 39_001;
    expect(l.retryAfterSeconds('203.0.113.7')).toBe(1);
    now += 999;
    expect(l.retryAfterSeconds('203.0.113.7')).toBe(0);
  });

  it('starts a fresh budget once the window has closed', () => {
    const l = limiter(3, 60);
    fail(l, '203.0.113.7', 3);
    now += 60_000;
    fail(l, '203.0.113.7', 2);
    expect(l.retryAfterSeconds('203.0.113.7')).toBe(0);
    fail(l, '203.0.113.7', 1);
    expect(l.retryAfterSeconds('203.0.113.7')).toBe(60);
  });

  it('counts each address apart', () => {
    const l = limiter(3, 60);
    fail(l, '203.0.113.7', 3);
    expect(l.retryAfterSeconds('203.0.113.7')).toBe(60);
    expect(l.retryAfterSeconds('203.0.113.8')).toBe(0);
  });

  it('counts an IPv4 address the same whether or not it arrives IPv4-mapped, and a whole IPv6 /64 as one client', () => {
    const l = limiter(2, 60);
    l.recordFailure('::ffff:198.51.100.4');
    l.recordFailure('198.51.100.4');
    expect(l.retryAfterSeconds('198.51.100.4')).toBe(60);
    l.recordFailure('2001:db8:0:1::1');
    l.recordFailure('2001:db8:0:1:ffff:ffff:ffff:fffe');
    expect(l.retryAfterSeconds('2001:0db8:0000:0001::9')).toBe(60);
    expect(l.retryAfterSeconds('2001:db8:0:2::1')).toBe(0);
  });

  it('keeps at most maxAddresses windows, dropping closed ones first, then the oldest', () => {
    const l = limiter(1, 60, 3);
    l.recordFailure('10.0.0.1');
    now += 30_000;
    l.recordFailure('10.0.0.2');
    l.recordFailure('10.0.0.3');
    now += 30_000; // 10.0.0.1's window has closed
    l.recordFailure('10.0.0.4');
    expect(l.trackedAddresses).toBe(3);
    expect(l.retryAfterSeconds('10.0.0.2')).toBe(30);
    l.recordFailure('10.0.0.5');
    expect(l.trackedAddresses).toBe(3);
    expect(l.retryAfterSeconds('10.0.0.2')).toBe(0);
    expect(l.retryAfterSeconds('10.0.0.5')).toBe(60);
  });

  it('never makes anyone wait when switched off', () => {
    const l = new FailedAuthLimiter('off', clock);
    fail(l, '203.0.113.7', 1000);
    expect(l.retryAfterSeconds('203.0.113.7')).toBe(0);
    expect(l.trackedAddresses).toBe(0);
  });
});

describe('clientKey', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['::ffff:127.0.0.2', '127.0.0.2'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['2001:DB8::', '2001:db8:0:0::/64'],
  ])('%s → %s', (address, key) => {
    expect(clientKey(address)).toBe(key);
  });
});

describe('failedAuthBudgetFromEnv', () => {
  it('is 10 failures a minute unless set, and can be switched off', () => {
    expect(failedAuthBudgetFromEnv({})).toEqual({ failures: 10, windowSeconds: 60 });
    expect(failedAuthBudgetFromEnv({ SAFEGUARD_FAILED_AUTH_LIMIT: '100', SAFEGUARD_FAILED_AUTH_WINDOW_SECONDS: '600' })).toEqual({
      failures: 100,
      windowSeconds: 600,
    });
    expect(failedAuthBudgetFromEnv({ SAFEGUARD_FAILED_AUTH_LIMIT: 'off' })).toBe('off');
  });

  it.each([['0'], ['-1'], ['ten'], ['2.5']])('refuses a limit of %s at start-up', (limit) => {
    expect(() => failedAuthBudgetFromEnv({ SAFEGUARD_FAILED_AUTH_LIMIT: limit })).toThrow('SAFEGUARD_FAILED_AUTH_LIMIT');
  });

  it('refuses a window of 0 seconds', () => {
    expect(() => failedAuthBudgetFromEnv({ SAFEGUARD_FAILED_AUTH_WINDOW_SECONDS: '0' })).toThrow('SAFEGUARD_FAILED_AUTH_WINDOW_SECONDS');
  });
});
