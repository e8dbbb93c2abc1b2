import type { ArrestEvent } from '@safeguard/contracts';
import { anArrestMade, releasedWithoutCharge, takenIntoPoliceCustody, transferredToPrison } from '@safeguard/contracts/testing/arrest-fixtures';
import { evolveArrest, initialArrestState } from '../arrest.state';
import { decideBringBeforeJudicialAuthority, type BringBeforeJudicialAuthority } from './bring-before-judicial-authority.decision';

const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:30:00.000Z' });
const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T23:30:00.000Z' });
const given = (...events: ArrestEvent[]) => events.reduce(evolveArrest, initialArrestState);
const command = (broughtAt = '2026-03-03T18:30:00.000Z'): BringBeforeJudicialAuthority => ({
  now: new Date('2026-03-04T08:00:00.000Z'),
  appearance: { arrestId: arrest.data.arrestId, broughtAt, authority: 'prosecutor', authorityName: null },
});

describe('bring before a judicial authority', () => {
  describe('when in police custody', () => {
    it('records that she was brought before the prosecutor', () => {
      expect(decideBringBeforeJudicialAuthority(command(), given(arrest, custody))).toEqual([
        { type: 'BroughtBeforeJudicialAuthority', data: { ...command().appearance, personId: arrest.data.person.personId } },
      ]);
    });

    it.each([
      ['in the future', '2026-03-04T08:01:00.000Z', 'cannot be in the future'],
      ['before she was taken into custody', '2026-03-01T23:00:00.000Z', 'cannot be before she was taken into police custody'],
    ])('refuses a time %s, naming the field', (_name, broughtAt, message) => {
      expect(() => decideBringBeforeJudicialAuthority(command(broughtAt), given(arrest, custody))).toThrow(
        expect.objectContaining({ kind: 'invalid-input', problems: [{ field: 'broughtAt', message }] }),
      );
    });
  });

  it.each<[string, ArrestEvent[], string]>([
    ['no arrest is recorded', [], 'ARREST.UNKNOWN'],
    ['she was never taken into police custody', [arrest], 'CUSTODY.NOT_IN_POLICE_CUSTODY'],
    ['she was released', [arrest, custody, releasedWithoutCharge(arrest.data)], 'CUSTODY.ALREADY_RELEASED'],
    ['she was transferred to prison', [arrest, custody, transferredToPrison(arrest.data)], 'CUSTODY.ALREADY_TRANSFERRED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideBringBeforeJudicialAuthority(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
