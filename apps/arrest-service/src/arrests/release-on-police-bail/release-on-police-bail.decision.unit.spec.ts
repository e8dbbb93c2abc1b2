import type { ArrestEvent } from '@safeguard/contracts';
import { anArrestMade, releasedWithoutCharge, takenIntoPoliceCustody, transferredToPrison } from '@safeguard/contracts/testing/arrest-fixtures';
import { evolveArrest, initialArrestState } from '../arrest.state';
import { decideReleaseOnPoliceBail, type ReleaseOnPoliceBail } from './release-on-police-bail.decision';

const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:30:00.000Z' });
const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T23:30:00.000Z' });
const given = (...events: ArrestEvent[]) => events.reduce(evolveArrest, initialArrestState);
const command = (releasedAt = '2026-03-02T16:30:00.000Z'): ReleaseOnPoliceBail => ({
  now: new Date('2026-03-02T18:00:00.000Z'),
  bail: { arrestId: arrest.data.arrestId, releasedAt, conditions: 'Report to Chbar Ampov District Police Station every Monday.' },
});

describe('released on police bail', () => {
  describe.each<[string, ArrestEvent[]]>([
    ['when arrested and not yet held', [arrest]],
    ['when in police custody', [arrest, custody]],
  ])('%s', (_name, events) => {
    it('records that she was released on police bail', () => {
      expect(decideReleaseOnPoliceBail(command(), given(...events))).toEqual([
        { type: 'ReleasedOnPoliceBail', data: { ...command().bail, personId: arrest.data.person.personId } },
      ]);
    });
  });

  it.each<[string, ArrestEvent[], string, string]>([
    ['in the future', [arrest], '2026-03-02T18:01:00.000Z', 'cannot be in the future'],
    ['before the arrest', [arrest], '2026-03-01T20:00:00.000Z', 'cannot be before the arrest'],
    ['before she was taken into custody', [arrest, custody], '2026-03-01T23:00:00.000Z', 'cannot be before she was taken into police custody'],
  ])('refuses a release %s, naming the field', (_name, events, releasedAt, message) => {
    expect(() => decideReleaseOnPoliceBail(command(releasedAt), given(...events))).toThrow(
      expect.objectContaining({ kind: 'invalid-input', problems: [{ field: 'releasedAt', message }] }),
    );
  });

  it.each<[string, ArrestEvent[], string]>([
    ['no arrest is recorded', [], 'ARREST.UNKNOWN'],
    ['she was already released', [arrest, custody, releasedWithoutCharge(arrest.data)], 'CUSTODY.ALREADY_RELEASED'],
    ['she was transferred to prison', [arrest, custody, transferredToPrison(arrest.data)], 'CUSTODY.ALREADY_TRANSFERRED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideReleaseOnPoliceBail(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
