import type { ArrestEvent } from '@safeguard/contracts';
import { anArrestMade, releasedWithoutCharge, takenIntoPoliceCustody, transferredToPrison } from '@safeguard/contracts/testing/arrest-fixtures';
import { evolveArrest, initialArrestState } from '../arrest.state';
import { aUnit } from '@safeguard/units/testing/unit-fixtures';
import { decideTransferToPrison, type TransferToPrison } from './transfer-to-prison.decision';

const arrest = anArrestMade({ arrestedAt: '2026-03-01T20:30:00.000Z' });
const custody = takenIntoPoliceCustody(arrest.data, { custodyAt: '2026-03-01T23:30:00.000Z' });
const given = (...events: ArrestEvent[]) => events.reduce(evolveArrest, initialArrestState);
const command = (transferredAt = '2026-03-04T00:30:00.000Z'): TransferToPrison => ({
  now: new Date('2026-03-04T08:00:00.000Z'),
  transfer: { arrestId: arrest.data.arrestId, transferredAt, prisonFacility: 'CC2', detentionOrderReference: 'PPCFI-DO-2026-0457' },
  prison: aUnit('CC2'),
});

describe('transfer to prison', () => {
  describe('when in police custody', () => {
    it('records the transfer to prison', () => {
      expect(decideTransferToPrison(command(), given(arrest, custody))).toEqual([
        { type: 'TransferredToPrison', data: { ...command().transfer, personId: arrest.data.person.personId } },
      ]);
    });

    it.each([
      [
        'a place the registry does not hold',
        { prisonFacility: 'Prey Sar' },
        undefined,
        'Prey Sar is not in the unit registry (GET /units?kind=prison lists the prisons)',
      ],
      [
        'a court',
        { prisonFacility: 'PP-MUNICIPAL-COURT' },
        aUnit('PP-MUNICIPAL-COURT', { kind: 'court', name: 'Phnom Penh Municipal Court of First Instance' }),
        'PP-MUNICIPAL-COURT is a court (Phnom Penh Municipal Court of First Instance), not a prison',
      ],
    ])('refuses a transfer to %s, naming prisonFacility', (_name, named, prison, message) => {
      const transfer = { ...command().transfer, ...named };
      expect(() => decideTransferToPrison({ ...command(), transfer, prison }, given(arrest, custody))).toThrow(
        expect.objectContaining({ kind: 'invalid-input', code: 'CUSTODY.INVALID', problems: [{ field: 'prisonFacility', message }] }),
      );
    });

    it.each([
      ['in the future', '2026-03-04T08:01:00.000Z', 'cannot be in the future'],
      ['before she was taken into custody', '2026-03-01T23:00:00.000Z', 'cannot be before she was taken into police custody'],
    ])('refuses a transfer %s, naming the field', (_name, transferredAt, message) => {
      expect(() => decideTransferToPrison(command(transferredAt), given(arrest, custody))).toThrow(
        expect.objectContaining({ kind: 'invalid-input', problems: [{ field: 'transferredAt', message }] }),
      );
    });
  });

  it.each<[string, ArrestEvent[], string]>([
    ['no arrest is recorded', [], 'ARREST.UNKNOWN'],
    ['she was never taken into police custody', [arrest], 'CUSTODY.NOT_IN_POLICE_CUSTODY'],
    ['she was released', [arrest, custody, releasedWithoutCharge(arrest.data)], 'CUSTODY.ALREADY_RELEASED'],
    ['she was already transferred', [arrest, custody, transferredToPrison(arrest.data)], 'CUSTODY.ALREADY_TRANSFERRED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideTransferToPrison(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
