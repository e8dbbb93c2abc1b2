import type { PrisonEvent } from '@safeguard/contracts';
import { aHomeLeaveGranted, aPersonAdmitted, aPersonReleased, aPrisonerTransferred } from '@safeguard/contracts/testing/prison-fixtures';
import { evolveCustody, initialCustodyState } from '../custody.state';
import { aUnit } from '@safeguard/units/testing/unit-fixtures';
import { decideTransferPrisoner, type TransferPrisoner } from './transfer-prisoner.decision';

const admitted = aPersonAdmitted({ facilityId: 'CC2', admittedAt: '2026-03-03T09:00:00.000Z' });
const given = (...events: PrisonEvent[]) => events.reduce(evolveCustody, initialCustodyState);
const command = (overrides: Partial<TransferPrisoner['transfer']> = {}): TransferPrisoner => ({
  now: new Date('2026-05-02T12:00:00.000Z'),
  transfer: {
    custodyId: admitted.data.custodyId,
    transferredAt: '2026-05-02T07:00:00.000Z',
    toFacilityId: 'PJ',
    reason: 'Overcrowding at CC2',
    ...overrides,
  },
  toFacility: aUnit(overrides.toFacilityId ?? 'PJ'),
});

describe('transfer a prisoner', () => {
  describe('when she is held', () => {
    it('records the transfer from the facility holding her', () => {
      expect(decideTransferPrisoner(command(), given(admitted))).toEqual([
        { type: 'PrisonerTransferred', data: { ...command().transfer, personId: admitted.data.personId, fromFacilityId: 'CC2' } },
      ]);
    });

    it('moves her on from the facility she was transferred to before', () => {
      const earlier = aPrisonerTransferred(admitted.data, { transferredAt: '2026-04-01T07:00:00.000Z', toFacilityId: 'KANDAL-PRISON' });
      expect(decideTransferPrisoner(command(), given(admitted, earlier))[0].data).toMatchObject({
        fromFacilityId: 'KANDAL-PRISON',
        toFacilityId: 'PJ',
      });
    });

    it('refuses a transfer to the facility already holding her', () => {
      expect(() => decideTransferPrisoner(command({ toFacilityId: 'CC2' }), given(admitted))).toThrow(
        expect.objectContaining({ kind: 'rule-violation', code: 'TRANSFER.SAME_FACILITY' }),
      );
    });

    it.each([
      ['a unit the registry does not hold', undefined, 'Prey Sar is not in the unit registry (GET /units?kind=prison lists the prisons)'],
      [
        'a police unit',
        aUnit('Prey Sar', { kind: 'police-unit', name: 'Prey Sar police post' }),
        'Prey Sar is a police-unit (Prey Sar police post), not a prison',
      ],
    ])('refuses a transfer to %s, naming toFacilityId', (_name, toFacility, message) => {
      expect(() => decideTransferPrisoner({ ...command({ toFacilityId: 'Prey Sar' }), toFacility }, given(admitted))).toThrow(
        expect.objectContaining({ kind: 'invalid-input', code: 'CUSTODY.INVALID', problems: [{ field: 'toFacilityId', message }] }),
      );
    });

    it('names every field that is wrong at once', () => {
      expect(() =>
        decideTransferPrisoner(
          { ...command({ toFacilityId: 'CC9', transferredAt: '2026-05-02T12:01:00.000Z' }), toFacility: undefined },
          given(admitted),
        ),
      ).toThrow(
        expect.objectContaining({
          problems: [expect.objectContaining({ field: 'toFacilityId' }), expect.objectContaining({ field: 'transferredAt' })],
        }),
      );
    });

    it.each([
      ['in the future', '2026-05-02T12:01:00.000Z', 'cannot be in the future'],
      ['before the admission', '2026-03-03T08:59:00.000Z', 'cannot be before the admission'],
    ])('refuses a transfer %s, naming the field', (_name, transferredAt, message) => {
      expect(() => decideTransferPrisoner(command({ transferredAt }), given(admitted))).toThrow(
        expect.objectContaining({ kind: 'invalid-input', problems: [{ field: 'transferredAt', message }] }),
      );
    });
  });

  it.each<[string, PrisonEvent[], string]>([
    ['no custody is recorded', [], 'CUSTODY.UNKNOWN'],
    ['she was released', [admitted, aPersonReleased(admitted.data, { releasedAt: '2026-04-30T08:00:00.000Z' })], 'CUSTODY.RELEASED'],
    ['she is on home leave', [admitted, aHomeLeaveGranted(admitted.data)], 'CUSTODY.ON_HOME_LEAVE'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideTransferPrisoner(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
