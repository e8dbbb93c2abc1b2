import { peopleFilter } from './indicator-aggregates';

describe('which people the indicators cover', () => {
  it.each<[string, Parameters<typeof peopleFilter>[0], { where: string; params: unknown[] }]>([
    ['no filter: everybody, arrested or not', {}, { where: '', params: [] }],
    [
      'a prison and a province',
      { facility: 'CC2', province: 'Kandal' },
      { where: 'WHERE facility_id = $1 AND province = $2', params: ['CC2', 'Kandal'] },
    ],
    [
      'from a date: arrested on or after its start',
      { from: '2026-03-01' },
      { where: 'WHERE arrested_at >= $1', params: ['2026-03-01T00:00:00.000Z'] },
    ],
    ['to a date: the whole of that day', { to: '2026-03-31' }, { where: 'WHERE arrested_at < $1', params: ['2026-04-01T00:00:00.000Z'] }],
    [
      'from an instant that is past 9999 in UTC: nobody',
      { from: '9999-12-31T23:00:00-05:00' },
      { where: 'WHERE arrested_at >= $1', params: ['infinity'] },
    ],
    ['to the last day of the calendar: nobody left out', { to: '9999-12-31' }, { where: '', params: [] }],
    ['to an instant that is past 9999 in UTC: nobody left out', { to: '9999-12-31T23:00:00-05:00' }, { where: '', params: [] }],
    [
      'to an instant: up to and including it',
      { to: '2026-03-31T12:00:00+07:00' },
      { where: 'WHERE arrested_at <= $1', params: ['2026-03-31T05:00:00.000Z'] },
    ],
  ])('%s', (_name, query, expected) => {
    expect(peopleFilter(query)).toEqual(expected);
  });
});
