import { aCaseOpenedV1, aClemencyGrantedV1, aHearingScheduledV1, aSentenceImposedV1 } from '../testing/v1-fixtures';
import { caseOpenedV1toV2, clemencyGrantedV1toV2, hearingScheduledV1toV2, sentenceImposedV1toV2 } from './court-upcasters';

const opened = aCaseOpenedV1().data;

describe('CaseOpened v1 → v2', () => {
  it('gives every charge a minimum penalty that was not stated', () => {
    const twoCharges = {
      ...opened,
      charges: [opened.charges[0], { ...opened.charges[0], chargeId: 'b0f1d7a4-93c4-4a55-8f1e-2b6f0c3d9e11', offence: 'Receiving stolen goods' }],
    };
    expect(caseOpenedV1toV2(twoCharges).charges).toEqual(twoCharges.charges.map((charge) => ({ ...charge, minimumPenaltyMonths: null })));
  });

  it('keeps the case, its reference and its arrests', () => {
    const { charges: _charges, ...rest } = opened;
    expect(caseOpenedV1toV2(opened)).toMatchObject(rest);
  });
});

describe('HearingScheduled v1 → v2', () => {
  it('says its scheduledAt is when the court service received it, and keeps the time', () => {
    const v1 = aHearingScheduledV1(opened).data;
    expect(hearingScheduledV1toV2(v1)).toEqual({ ...v1, scheduledAtSource: 'time-of-receipt' });
  });
});

describe('SentenceImposed v1 → v2', () => {
  it('states neither when custody counts from nor the days credited', () => {
    const v1 = aSentenceImposedV1(opened, { startDeferredUntil: '2026-02-01T00:00:00.000Z' }).data;
    expect(sentenceImposedV1toV2(v1)).toEqual({ ...v1, custodyStartsAt: null, creditedDays: null });
  });
});

describe('ClemencyGranted v1 → v2', () => {
  it.each([
    ['sentence-reduction', 2],
    ['pardon', null],
    ['amnesty', null],
  ] as const)('clemency of kind %s takes effect when it was granted', (kind, reductionMonths) => {
    const v1 = aClemencyGrantedV1(opened, { kind, reductionMonths }).data;
    expect(clemencyGrantedV1toV2(v1)).toEqual({ ...v1, effectiveAt: v1.grantedAt });
  });
});
