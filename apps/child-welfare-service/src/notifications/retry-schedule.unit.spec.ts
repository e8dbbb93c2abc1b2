import { afterFailure, delivered } from './retry-schedule';

const first = new Date('2026-05-01T00:00:00.000Z');
const at = (ms: number) => new Date(first.getTime() + ms);
const SECOND = 1000;
const HOUR = 3_600_000;

describe('when a failed notification is tried again', () => {
  it.each([
    [1, 0, 15 * SECOND],
    [1, 0.5, 22.5 * SECOND],
    [2, 0, 30 * SECOND],
    [3, 0.5, 90 * SECOND],
    [12, 0, HOUR / 2],
    [12, 0.5, 0.75 * HOUR],
    [60, 0.5, 0.75 * HOUR],
  ])('after attempt %i (random %d) waits %i ms', (attempts, random, wait) => {
    expect(afterFailure(attempts, first, first, random)).toEqual({ retryAt: at(wait) });
  });

  it('parks the delivery once the next try would come more than a day after the first', () => {
    expect(afterFailure(30, first, at(23 * HOUR), 0)).toEqual({ retryAt: at(23.5 * HOUR) });
    expect(afterFailure(30, first, at(23.9 * HOUR), 0)).toEqual({ park: true });
  });

  it.each([
    [200, true],
    [204, true],
    [299, true],
    [301, false],
    [410, false],
    [500, false],
  ])('counts an answer %i as delivered: %s', (status, yes) => {
    expect(delivered(status)).toBe(yes);
  });
});
