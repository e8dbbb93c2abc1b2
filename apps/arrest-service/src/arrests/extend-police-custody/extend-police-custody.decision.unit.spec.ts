import type { ArrestEvent } from '@safeguard/contracts';
import { anArrestMade, releasedOnPoliceBail, takenIntoPoliceCustody, transferredToPrison } from '@safeguard/contracts/testing/arrest-fixtures';
import { evolveArrest, initialArrestState } from '../arrest.state';
import { decideExtendPoliceCustody, type ExtendPoliceCustody } from './extend-police-custody.decision';

const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:30:00.000Z' });
const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T23:30:00.000Z' });
const given = (...events: ArrestEvent[]) => events.reduce(evolveArrest, initialArrestState);
const command = (authorisedAt = '2026-03-03T19:30:00.000Z', until = '2026-03-04T20:30:00.000Z'): ExtendPoliceCustody => ({
  now: new Date('2026-03-04T08:00:00.000Z'),
  extension: { arrestId: arrest.data.arrestId, authorisedAt, authorisedBy: 'Deputy Prosecutor Keo Vanna', until },
});

describe('extend police custody', () => {
  describe('when in police custody', () => {
    it('records the authorised extension', () => {
      expect(decideExtendPoliceCustody(command(), given(arrest, custody))).toEqual([
        { type: 'PoliceCustodyExtended', data: { ...command().extension, personId: arrest.data.person.personId } },
      ]);
    });

    it.each([
      ['authorised in the future', command('2026-03-04T08:01:00.000Z'), [{ field: 'authorisedAt', message: 'cannot be in the future' }]],
      [
        'authorised before she was taken into custody',
        command('2026-03-01T23:00:00.000Z'),
        [{ field: 'authorisedAt', message: 'cannot be before she was taken into police custody' }],
      ],
      [
        'ending when it is authorised',
        command('2026-03-03T19:30:00.000Z', '2026-03-03T19:30:00.000Z'),
        [{ field: 'until', message: 'must be after authorisedAt' }],
      ],
      [
        'ending before it is authorised',
        command('2026-03-03T19:30:00.000Z', '2026-03-02T19:30:00.000Z'),
        [{ field: 'until', message: 'must be after authorisedAt' }],
      ],
    ])('refuses an extension %s, naming the field', (_name, extension, problems) => {
      expect(() => decideExtendPoliceCustody(extension, given(arrest, custody))).toThrow(
        expect.objectContaining({ kind: 'invalid-input', problems }),
      );
    });
  });

  it.each<[string, ArrestEvent[], string]>([
    ['no arrest is recorded', [], 'ARREST.UNKNOWN'],
    ['she was never taken into police custody', [arrest], 'CUSTODY.NOT_IN_POLICE_CUSTODY'],
    ['she was released on police bail', [arrest, custody, releasedOnPoliceBail(arrest.data)], 'CUSTODY.ALREADY_RELEASED'],
    ['she was transferred to prison', [arrest, custody, transferredToPrison(arrest.data)], 'CUSTODY.ALREADY_TRANSFERRED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideExtendPoliceCustody(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
