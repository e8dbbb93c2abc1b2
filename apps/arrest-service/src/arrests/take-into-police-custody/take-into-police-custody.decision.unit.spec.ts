import type { ArrestEvent } from '@safeguard/contracts';
import { anArrestMade, releasedOnPoliceBail, takenIntoPoliceCustody, transferredToPrison } from '@safeguard/contracts/testing/arrest-fixtures';
import { evolveArrest, initialArrestState } from '../arrest.state';
import { decideTakeIntoPoliceCustody, type TakeIntoPoliceCustody } from './take-into-police-custody.decision';

const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:30:00.000Z' });
const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T23:30:00.000Z' });
const given = (...events: ArrestEvent[]) => events.reduce(evolveArrest, initialArrestState);
const command = (custodyAt = '2026-03-01T23:30:00.000Z'): TakeIntoPoliceCustody => ({
  now: new Date('2026-03-02T08:00:00.000Z'),
  custody: { arrestId: arrest.data.arrestId, custodyAt, facility: 'Chbar Ampov District Police Station' },
});

describe('take into police custody', () => {
  describe('when arrested and not yet held', () => {
    it('records that she was taken into police custody', () => {
      expect(decideTakeIntoPoliceCustody(command(), given(arrest))).toEqual([
        { type: 'TakenIntoPoliceCustody', data: { ...command().custody, personId: arrest.data.person.personId } },
      ]);
    });

    it.each([
      ['in the future', '2026-03-02T08:01:00.000Z', 'cannot be in the future'],
      ['before the arrest', '2026-03-01T20:29:00.000Z', 'cannot be before the arrest'],
    ])('refuses a custody time %s, naming the field', (_name, custodyAt, message) => {
      expect(() => decideTakeIntoPoliceCustody(command(custodyAt), given(arrest))).toThrow(
        expect.objectContaining({ kind: 'invalid-input', problems: [{ field: 'custodyAt', message }] }),
      );
    });
  });

  it.each<[string, ArrestEvent[], string]>([
    ['no arrest is recorded', [], 'ARREST.UNKNOWN'],
    ['she is already in police custody', [arrest, custody], 'CUSTODY.ALREADY_IN_CUSTODY'],
    ['she was released on police bail', [arrest, releasedOnPoliceBail(arrest.data)], 'CUSTODY.ALREADY_RELEASED'],
    ['she was transferred to prison', [arrest, custody, transferredToPrison(arrest.data)], 'CUSTODY.ALREADY_TRANSFERRED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideTakeIntoPoliceCustody(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
