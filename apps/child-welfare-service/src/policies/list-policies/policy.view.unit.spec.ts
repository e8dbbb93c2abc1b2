import { cambodiaPolicy, californiaPolicy } from '../../safeguards/policy';
import { toPolicyView } from './policy.view';

describe('a policy as GET /policies lists it', () => {
  const cambodia = toPolicyView(cambodiaPolicy, cambodiaPolicy);
  const california = toPolicyView(californiaPolicy, cambodiaPolicy);
  const rule = (view: typeof cambodia, ruleId: string) => view.rules.find((r) => r.ruleId === ruleId);

  it('says which is live, with its zone, and every rule in the catalogue’s order', () => {
    expect([cambodia.live, california.live]).toEqual([true, false]);
    expect(california).toMatchObject({ policyId: 'us-ca.v2', jurisdiction: 'California', timeZone: 'America/Los_Angeles' });
    expect(cambodia.rules.map((r) => r.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
  });

  it('words each deadline as a monitor reads it, with an ISO 8601 duration', () => {
    expect(rule(cambodia, 'child-details-missing')?.deadlines).toEqual([{ words: '24 h after the screening', duration: 'PT24H' }]);
    expect(rule(california, 'child-details-missing')?.deadlines).toEqual([{ words: '12 h after the screening', duration: 'PT12H' }]);
    expect(rule(cambodia, 'no-consular-contact')?.deadlines).toEqual([{ words: '3 d after custody', duration: 'PT72H' }]);
    expect(rule(cambodia, 'hearing-not-notified')?.deadlines).toEqual([
      { words: '7 days before the hearing', duration: 'P7D' },
      { words: '24 h after it was set, when set sooner', duration: 'PT24H' },
    ]);
    expect(rule(cambodia, 'pretrial-overdue')?.deadlines).toEqual([
      { words: 'felony: 6 + 2 × 6 months of pre-trial detention', duration: 'P18M' },
      { words: 'misdemeanour: 4 + 1 × 2 months of pre-trial detention, never past half the minimum sentence', duration: 'P6M' },
    ]);
    expect(rule(cambodia, 'child-without-safe-care')?.deadlines).toEqual([
      { words: 'at once, when a child is recorded without safe care', duration: null },
    ]);
  });
});
