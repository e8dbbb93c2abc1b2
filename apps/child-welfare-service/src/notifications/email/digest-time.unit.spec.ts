import { latestDigestSlot } from './digest-time';

describe('when the daily digest is due', () => {
  it.each([
    // Phnom Penh is UTC+7 all year: 07:00 there is 00:00 UTC.
    ['just after 07:00 in Phnom Penh', '2026-05-02T00:00:01Z', 'Asia/Phnom_Penh', '2026-05-02', '2026-05-02T00:00:00.000Z'],
    ['just before it', '2026-05-01T23:59:59Z', 'Asia/Phnom_Penh', '2026-05-01', '2026-05-01T00:00:00.000Z'],
    // Los Angeles: 07:00 PDT is 14:00 UTC in summer, 07:00 PST 15:00 UTC in winter.
    ['in Los Angeles in summer', '2026-07-01T14:30:00Z', 'America/Los_Angeles', '2026-07-01', '2026-07-01T14:00:00.000Z'],
    ['in Los Angeles in winter', '2026-01-15T15:00:00Z', 'America/Los_Angeles', '2026-01-15', '2026-01-15T15:00:00.000Z'],
    ['on the day the clocks go forward there', '2026-03-08T14:00:00Z', 'America/Los_Angeles', '2026-03-08', '2026-03-08T14:00:00.000Z'],
  ])('%s', (_what, now, zone, day, at) => {
    const slot = latestDigestSlot(new Date(now), zone, 7);
    expect({ day: slot.day, at: slot.at.toISOString() }).toEqual({ day, at });
    expect(slot.at.getTime() - slot.from.getTime()).toBe(24 * 3_600_000);
  });
});
