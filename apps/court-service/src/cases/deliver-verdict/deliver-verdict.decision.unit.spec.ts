import type { CourtEvent } from '@safeguard/contracts';
import { evolveCase, initialCaseState } from '../case.state';
import { aCaseClosed, aCaseOpened, aCharge, aVerdictDelivered } from '@safeguard/contracts/testing/court-fixtures';
import { decideDeliverVerdict, type DeliverVerdict } from './deliver-verdict.decision';

const possession = aCharge({ offence: 'Drug possession' });
const trafficking = aCharge({ offence: 'Drug trafficking', maximumPenaltyMonths: 120 });
const opened = aCaseOpened({ openedAt: '2026-03-04T09:00:00.000Z', charges: [possession, trafficking] });
const given = (...events: CourtEvent[]) => events.reduce(evolveCase, initialCaseState);
const convicted = (chargeId: string) => ({ chargeId, outcome: 'convicted' as const });
const acquitted = (chargeId: string) => ({ chargeId, outcome: 'acquitted' as const });
const command = (
  findings = [convicted(possession.chargeId), acquitted(trafficking.chargeId)],
  deliveredAt = '2026-05-12T11:00:00.000Z',
): DeliverVerdict => ({
  now: new Date('2026-05-12T12:00:00.000Z'),
  verdict: { caseId: opened.data.caseId, deliveredAt, findings },
});

describe('deliver a verdict', () => {
  describe('when the case is open and not yet judged', () => {
    it('records a finding on every charge', () => {
      expect(decideDeliverVerdict(command(), given(opened))).toEqual([
        { type: 'VerdictDelivered', data: { ...command().verdict, personId: opened.data.personId } },
      ]);
    });

    const stranger = aCharge().chargeId;
    it.each([
      [
        'leaving a charge without a finding',
        command([convicted(possession.chargeId)]),
        [{ field: 'findings', message: `charges without a finding: ${trafficking.chargeId}` }],
      ],
      [
        'naming a charge twice',
        command([convicted(possession.chargeId), acquitted(possession.chargeId), acquitted(trafficking.chargeId)]),
        [{ field: 'findings', message: `charges named more than once: ${possession.chargeId}` }],
      ],
      [
        'naming a charge the case does not have',
        command([convicted(possession.chargeId), acquitted(trafficking.chargeId), convicted(stranger)]),
        [{ field: 'findings', message: `not charges of this case: ${stranger}` }],
      ],
      ['delivered in the future', command(undefined, '2026-05-12T12:01:00.000Z'), [{ field: 'deliveredAt', message: 'cannot be in the future' }]],
      [
        'delivered before the case was opened',
        command(undefined, '2026-03-04T08:00:00.000Z'),
        [{ field: 'deliveredAt', message: 'cannot be before the case was opened' }],
      ],
    ])('refuses a verdict %s, naming the field', (_name, verdict, problems) => {
      expect(() => decideDeliverVerdict(verdict, given(opened))).toThrow(expect.objectContaining({ kind: 'invalid-input', problems }));
    });
  });

  it.each<[string, CourtEvent[], string]>([
    ['no case is opened', [], 'CASE.UNKNOWN'],
    ['the verdict was already delivered', [opened, aVerdictDelivered(opened.data)], 'CASE.ALREADY_JUDGED'],
    ['the case is closed', [opened, aCaseClosed(opened.data)], 'CASE.CLOSED'],
  ])('refuses when %s', (_name, events, code) => {
    expect(() => decideDeliverVerdict(command(), given(...events))).toThrow(expect.objectContaining({ kind: 'rule-violation', code }));
  });
});
