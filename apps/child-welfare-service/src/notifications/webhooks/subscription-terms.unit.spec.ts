import { InvalidInput } from '@safeguard/domain';
import { receiverUrl, subscriptionFilterFor, wants } from './subscription-terms';

const policeUnit = { scope: 'own-unit', unitId: 'PP-ANTI-DRUG' } as const;
const monitor = { scope: 'all', unitId: 'OVERSIGHT' } as const;
const alert = { ruleId: 'dependants-not-asked-at-arrest', severity: 'high', responsibleUnitId: 'PP-ANTI-DRUG' };

describe('what a webhook subscription hears of', () => {
  it('narrows a unit-scoped credential to its own unit, and refuses it another', () => {
    expect(subscriptionFilterFor(policeUnit, { url: 'https://x' })).toEqual({ ruleIds: [], severities: [], unitIds: ['PP-ANTI-DRUG'] });
    expect(subscriptionFilterFor(policeUnit, { url: 'https://x', unitIds: ['PP-ANTI-DRUG'] }).unitIds).toEqual(['PP-ANTI-DRUG']);
    expect(() => subscriptionFilterFor(policeUnit, { url: 'https://x', unitIds: ['CC2'] })).toThrow(InvalidInput);
  });

  it('lets a credential of the whole system ask for any units, or all', () => {
    expect(subscriptionFilterFor(monitor, { url: 'https://x', unitIds: ['CC2'], severities: ['critical'] })).toEqual({
      ruleIds: [],
      severities: ['critical'],
      unitIds: ['CC2'],
    });
    expect(subscriptionFilterFor(monitor, { url: 'https://x' }).unitIds).toEqual([]);
  });

  it.each([
    ['everything', { ruleIds: [], severities: [], unitIds: [] }, alert, true],
    ['its rule', { ruleIds: ['dependants-not-asked-at-arrest'], severities: [], unitIds: [] }, alert, true],
    ['another rule', { ruleIds: ['detained-past-sentence'], severities: [], unitIds: [] }, alert, false],
    ['critical only', { ruleIds: [], severities: ['critical'], unitIds: [] }, alert, false],
    ['its unit', { ruleIds: [], severities: [], unitIds: ['PP-ANTI-DRUG'] }, alert, true],
    ['another unit', { ruleIds: [], severities: [], unitIds: ['CC2'] }, alert, false],
    ['a unit, for an alert naming none', { ruleIds: [], severities: [], unitIds: ['CC2'] }, { ...alert, responsibleUnitId: null }, false],
  ])('asking for %s, hears of the alert: %s', (_what, filter, a, yes) => {
    expect(wants(filter, a)).toBe(yes);
  });

  it.each([
    ['https://ngo.example.org/hooks/safeguard', false, 'https://ngo.example.org/hooks/safeguard'],
    ['http://127.0.0.1:8080/hook', true, 'http://127.0.0.1:8080/hook'],
  ])('takes %s', (url, allowHttp, taken) => {
    expect(receiverUrl(url, allowHttp)).toBe(taken);
  });

  it.each([
    ['not a URL', false],
    ['http://ngo.example.org/hook', false],
    ['ftp://ngo.example.org/hook', true],
    ['https://user:pw@ngo.example.org/hook', false],
    ['https://ngo.example.org/hook#x', false],
  ])('refuses %s', (url, allowHttp) => {
    expect(() => receiverUrl(url, allowHttp)).toThrow(InvalidInput);
  });
});
