import type { ArrestEvent } from '@safeguard/contracts';
import { anArrestMade, releasedWithoutCharge, takenIntoPoliceCustody, transferredToPrison } from '@safeguard/contracts/testing/arrest-fixtures';
import { evolveArrest, initialArrestState } from '../arrest.state';
import { decideOfferConsularContact, type OfferConsularContact } from './offer-consular-contact.decision';

const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:30:00.000Z' });
const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T23:30:00.000Z' });
const released = releasedWithoutCharge(arrest.data, { releasedAt: '2026-03-02T16:30:00.000Z' });
const transferred = transferredToPrison(arrest.data, { transferredAt: '2026-03-03T09:00:00.000Z' });
const given = (...events: ArrestEvent[]) => events.reduce(evolveArrest, initialArrestState);
const command = (offeredAt = '2026-03-01T22:00:00.000Z', outcome: OfferConsularContact['offer']['outcome'] = 'offered'): OfferConsularContact => ({
  now: new Date('2026-03-04T08:00:00.000Z'),
  offer: { arrestId: arrest.data.arrestId, offeredAt, outcome, consulate: 'Embassy of Viet Nam, Phnom Penh' },
});

describe('offer consular contact', () => {
  describe.each<[string, ArrestEvent[]]>([
    ['when arrested and not yet held', [arrest]],
    ['when in police custody', [arrest, custody]],
  ])('%s', (_name, events) => {
    it.each(['offered', 'made', 'declined'] as const)('records that contact was %s', (outcome) => {
      expect(decideOfferConsularContact(command(undefined, outcome), given(...events))).toEqual([
        { type: 'ConsularContactOffered', data: { ...command(undefined, outcome).offer, personId: arrest.data.person.personId } },
      ]);
    });
  });

  it.each<[string, ArrestEvent[], string]>([
    ['released', [arrest, custody, released], '2026-03-02T16:30:00.000Z'],
    ['transferred to prison', [arrest, custody, transferred], '2026-03-03T09:00:00.000Z'],
  ])('records, once she was %s, an offer made while the police held her', (_name, events, leftAt) => {
    expect(decideOfferConsularContact(command(leftAt), given(...events))[0].data.offeredAt).toBe(leftAt);
  });

  it.each<[string, ArrestEvent[], string, string]>([
    ['in the future', [arrest, custody], '2026-03-04T08:01:00.000Z', 'cannot be in the future'],
    ['before the arrest', [arrest, custody], '2026-03-01T20:00:00.000Z', 'cannot be before the arrest'],
    ['after she was released', [arrest, custody, released], '2026-03-02T16:31:00.000Z', 'cannot be after she was released'],
    [
      'after she was transferred to prison',
      [arrest, custody, transferred],
      '2026-03-03T10:00:00.000Z',
      'cannot be after she was transferred to prison',
    ],
  ])('refuses an offer %s, naming offeredAt', (_name, events, offeredAt, message) => {
    expect(() => decideOfferConsularContact(command(offeredAt), given(...events))).toThrow(
      expect.objectContaining({ kind: 'invalid-input', problems: [{ field: 'offeredAt', message }] }),
    );
  });

  it('refuses when no arrest is recorded', () => {
    expect(() => decideOfferConsularContact(command(), given())).toThrow(expect.objectContaining({ kind: 'rule-violation', code: 'ARREST.UNKNOWN' }));
  });
});
