import { parseWhatIfArguments, startOfDayIn } from './what-if-arguments';

describe('the what-if command line', () => {
  it('reads the policy, the window and --json', () => {
    expect(
      parseWhatIfArguments(['--policy', 'us-ca.v2', '--from', '2026-03-01T00:00:00+07:00', '--to', '2026-07-01', '--json'], 'Asia/Phnom_Penh'),
    ).toEqual({
      policyId: 'us-ca.v2',
      from: '2026-02-28T17:00:00.000Z',
      to: '2026-06-30T17:00:00.000Z',
      json: true,
    });
    expect(parseWhatIfArguments(['--policy', 'us-ca.v2'], 'Asia/Phnom_Penh')).toEqual({
      policyId: 'us-ca.v2',
      from: undefined,
      to: undefined,
      json: false,
    });
  });

  it.each([
    [[], /--policy is required/],
    [['--policy'], /unexpected argument "--policy"/],
    [['--policy', 'x', '--from', '1 March'], /--from must be an RFC 3339/],
    [['--policy', 'x', '--from', '2026-03-02', '--to', '2026-03-01'], /--from must come before --to/],
    [['--policy', 'x', '--since', '2026-03-01'], /unexpected argument "--since"/],
  ])('refuses %j with the usage', (argv, message) => {
    expect(() => parseWhatIfArguments(argv, 'Asia/Phnom_Penh')).toThrow(message);
  });

  it('starts a calendar day at midnight in the zone, on either side of a change of offset', () => {
    expect(startOfDayIn('2026-03-01', 'Asia/Phnom_Penh')).toBe('2026-02-28T17:00:00.000Z');
    expect(startOfDayIn('2026-01-15', 'America/Los_Angeles')).toBe('2026-01-15T08:00:00.000Z');
    expect(startOfDayIn('2026-07-15', 'America/Los_Angeles')).toBe('2026-07-15T07:00:00.000Z');
    // Clocks go forward at 02:00 on 8 March 2026: midnight is still at the winter offset.
    expect(startOfDayIn('2026-03-08', 'America/Los_Angeles')).toBe('2026-03-08T08:00:00.000Z');
  });
});
