import type { CourtEvent, PretrialDecisionMade } from '@safeguard/contracts';
import { evolveCase, initialCaseState } from '../case.state';
import {
  aCaseClosed,
  aCaseOpened,
  aPretrialDetentionOrdered,
  aPretrialRelease,
  aVerdictDelivered,
} from '@safeguard/contracts/testing/court-fixtures';
import { decideMakePretrialDecision, type MakePretrialDecision } from './make-pretrial-decision.decision';

const opened = aCaseOpened({ openedAt: '2026-03-04T09:00:00.000Z' });
const given = (...events: CourtEvent[]) => events.reduce(evolveCase, initialCaseState);
const asCommanded = ({ data: { personId: _personId, ...decision } }: PretrialDecisionMade) => decision;
const detention = asCommanded(aPretrialDetentionOrdered(opened.data, { decidedAt: '2026-03-05T10:00:00.000Z' }));
const release = asCommanded(aPretrialRelease(opened.data, { decidedAt: '2026-03-05T10:00:00.000Z' }));
const command = (overrides: Partial<MakePretrialDecision['decision']> = {}, base = detention): MakePretrialDecision => ({
  now: new Date('2026-03-05T12:00:00.000Z'),
  decision: { ...base, ...overrides },
});

describe('make a pretrial decision', () => {
  describe('when the case is open and not yet judged', () => {
    it('records a detention order with its grounds, reasons, term and reference', () => {
      expect(decideMakePretrialDecision(command(), given(opened))).toEqual([
        { type: 'PretrialDecisionMade', data: { ...command().decision, personId: opened.data.personId } },
      ]);
    });

    it.each([['release'], ['judicial-supervision']] as const)('records %s without a term', (outcome) => {
      expect(decideMakePretrialDecision(command({ outcome }, release), given(opened))[0].data).toMatchObject({ outcome, detentionMonths: null });
    });

    it.each([
      ['detention without grounds', command({ grounds: [] }), [{ field: 'grounds', message: 'detention needs at least one ground of CCP art. 205' }]],
      [
        'detention without reasons',
        command({ justification: null }),
        [{ field: 'justification', message: 'detention needs reasons of at least 20 characters' }],
      ],
      [
        'detention with a one-word reason',
        command({ justification: '   flight risk      ' }),
        [{ field: 'justification', message: 'detention needs reasons of at least 20 characters' }],
      ],
      [
        'detention without a term',
        command({ detentionMonths: null }),
        [{ field: 'detentionMonths', message: 'detention needs a term of at least 1 month' }],
      ],
      [
        'detention for 0 months',
        command({ detentionMonths: 0 }),
        [{ field: 'detentionMonths', message: 'detention needs a term of at least 1 month' }],
      ],
      [
        'detention without an order reference',
        command({ detentionOrderReference: null }),
        [{ field: 'detentionOrderReference', message: 'detention needs the order’s reference' }],
      ],
      [
        'release with a detention term',
        command({ detentionMonths: 2 }, release),
        [{ field: 'detentionMonths', message: 'must be absent for release' }],
      ],
      [
        'supervision with a detention order',
        command({ outcome: 'judicial-supervision', detentionOrderReference: 'PP-DO-2026-0042' }, release),
        [{ field: 'detentionOrderReference', message: 'must be absent for judicial-supervision' }],
      ],
      ['decided in the future', command({ decidedAt: '2026-03-05T12:01:00.000Z' }), [{ field: 'decidedAt', message: 'cannot be in the future' }]],
      [
        'decided before the case was opened',
        command({ decidedAt: '2026-03-04T08:00:00.000Z' }),
        [{ field: 'decidedAt', message: 'cannot be before the case was opened' }],
      ],
    ])('refuses %s, naming the field', (_name, decision, problems) => {
      expect(() => decideMakePretrialDecision(decision, given(opened))).toThrow(expect.objectContaining({ kind: 'invalid-input', problems }));
    });
  });

  it.each<[string, CourtEvent[], string]>([
    ['no case is opened', [], 'CASE.UNKNOWN'],
    ['the case is closed', [opened, aCaseClosed(opened.data)], 'CASE.CLOSED'],
    ['the verdict was delivered', [opened, aPretrialDetentionOrdered(opened.data), aVerdictDelivered(opened.data)], 'CASE.ALREADY_JUDGED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideMakePretrialDecision(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
