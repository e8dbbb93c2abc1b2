import type { ArrestEvent } from '@safeguard/contracts';
import {
  anArrestMade,
  releasedOnJudicialOrder,
  releasedOnPoliceBail,
  takenIntoPoliceCustody,
  transferredToPrison,
} from '@safeguard/contracts/testing/arrest-fixtures';
import { evolveArrest, initialArrestState } from '../arrest.state';
import { decideReleaseOnJudicialOrder, type ReleaseOnJudicialOrder } from './release-on-judicial-order.decision';

const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:30:00.000Z' });
const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T23:30:00.000Z' });
const given = (...events: ArrestEvent[]) => events.reduce(evolveArrest, initialArrestState);
const command = (releasedAt = '2026-03-03T11:00:00.000Z', over: Partial<ReleaseOnJudicialOrder['release']> = {}): ReleaseOnJudicialOrder => ({
  now: new Date('2026-03-03T12:00:00.000Z'),
  release: {
    arrestId: arrest.data.arrestId,
    releasedAt,
    orderKind: 'judicial-supervision',
    orderedBy: 'Investigating Judge Ouk Sokha',
    orderReference: 'PPCFI-JS-2026-0417',
    ...over,
  },
});

describe('released on a judicial order', () => {
  describe('when in police custody', () => {
    it.each(['judicial-supervision', 'bail', 'provisional-release', 'no-further-action'] as const)(
      'records her release under a %s order',
      (orderKind) => {
        expect(decideReleaseOnJudicialOrder(command(undefined, { orderKind }), given(arrest, custody))).toEqual([
          { type: 'ReleasedOnJudicialOrder', data: { ...command(undefined, { orderKind }).release, personId: arrest.data.person.personId } },
        ]);
      },
    );

    it('records an order whose reference the police do not have', () => {
      expect(decideReleaseOnJudicialOrder(command(undefined, { orderReference: null }), given(arrest, custody))[0].data.orderReference).toBeNull();
    });

    it('leaves her released, so a second order is refused', () => {
      const released = decideReleaseOnJudicialOrder(command(), given(arrest, custody));
      expect(given(arrest, custody, ...released)).toMatchObject({
        status: 'released',
        release: 'on-judicial-order',
        releasedAt: '2026-03-03T11:00:00.000Z',
      });
      expect(() => decideReleaseOnJudicialOrder(command(), given(arrest, custody, ...released))).toThrow(
        expect.objectContaining({ code: 'CUSTODY.ALREADY_RELEASED' }),
      );
    });

    it.each([
      ['in the future', '2026-03-03T12:01:00.000Z', 'cannot be in the future'],
      ['before she was taken into custody', '2026-03-01T23:00:00.000Z', 'cannot be before she was taken into police custody'],
    ])('refuses a release %s, naming releasedAt', (_name, releasedAt, message) => {
      expect(() => decideReleaseOnJudicialOrder(command(releasedAt), given(arrest, custody))).toThrow(
        expect.objectContaining({ kind: 'invalid-input', problems: [{ field: 'releasedAt', message }] }),
      );
    });
  });

  it.each<[string, ArrestEvent[], string]>([
    ['no arrest is recorded', [], 'ARREST.UNKNOWN'],
    ['she was arrested but never taken into police custody', [arrest], 'CUSTODY.NOT_IN_POLICE_CUSTODY'],
    ['she was released on police bail', [arrest, custody, releasedOnPoliceBail(arrest.data)], 'CUSTODY.ALREADY_RELEASED'],
    ['a judge already ordered her release', [arrest, custody, releasedOnJudicialOrder(arrest.data)], 'CUSTODY.ALREADY_RELEASED'],
    ['she was transferred to prison', [arrest, custody, transferredToPrison(arrest.data)], 'CUSTODY.ALREADY_TRANSFERRED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideReleaseOnJudicialOrder(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
