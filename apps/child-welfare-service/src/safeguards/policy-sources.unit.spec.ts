import { cambodiaArrestRules } from './arrest-policy';
import { californiaPolicy, cambodiaPolicy, type SafeguardPolicy } from './policy';
import type { RulePolicy } from './rule-policy';
import { ruleWordsFor } from './rule-words';

type Jurisdiction = 'Cambodia' | 'California';
const POLICIES: Record<Jurisdiction, SafeguardPolicy> = { Cambodia: cambodiaPolicy, California: californiaPolicy };
type RuleId = keyof SafeguardPolicy['rules'];

const entries = (Object.keys(POLICIES) as Jurisdiction[]).flatMap((jurisdiction) =>
  (Object.entries(POLICIES[jurisdiction].rules) as [RuleId, RulePolicy][]).map(([ruleId, rule]) => ({ jurisdiction, ruleId, rule })),
);
const entry = (jurisdiction: Jurisdiction, ruleId: RuleId): RulePolicy => POLICIES[jurisdiction].rules[ruleId];

describe('every rule entry of both policies', () => {
  it('covers the 26 rules in each policy', () => {
    expect(entries.filter((e) => e.jurisdiction === 'Cambodia')).toHaveLength(26);
    expect(entries.filter((e) => e.jurisdiction === 'California')).toHaveLength(26);
  });

  it.each(entries)('$jurisdiction $ruleId rests on at least one source we quote', ({ rule }) => {
    expect(rule.sources.some((s) => s.quote.trim().length > 0)).toBe(true);
  });

  it.each(entries)('$jurisdiction $ruleId quotes nothing it could not check, and quotes briefly', ({ rule }) => {
    for (const s of rule.sources) {
      expect(s.citation.trim()).not.toBe('');
      if (s.verified === 'not-verified') expect(s.quote).toBe('');
      expect(s.quote.length).toBeLessThanOrEqual(300);
    }
  });

  it.each(entries)('$jurisdiction $ruleId says "benchmark" in the alert line exactly when it names a benchmark', ({ rule }) => {
    expect(/benchmark/i.test(rule.legalBasis)).toBe(rule.benchmark !== null);
    if (rule.benchmark !== null) expect(rule.benchmark.trim()).not.toBe('');
  });
});

/**
 * Every verdict of shared/domain/legal-bases-checked.md that says "bm", benchmark or "not law",
 * and every number its corrections list as reading like law: each must be labelled a benchmark.
 */
const BENCHMARKS_THE_CHECK_FOUND: [Jurisdiction, RuleId, string][] = [
  ['Cambodia', 'children-not-recorded-at-admission', 'BR 3; 24 h: bm labelled'],
  ['California', 'children-not-recorded-at-admission', 'BR 3; 24 h: bm labelled'],
  ['California', 'pretrial-below-threshold', '13 months: threshold not law'],
  ['California', 'pretrial-overdue', 'speedy-trial clocks; the alert must not say "the legal maximum"'],
  ['California', 'child-visit-fee-charged', '§2601(d) is the right to sue: cite CCR tit. 15 §3170 and call it a benchmark'],
  ['California', 'no-parent-child-contact', '§2601 grants no visits'],
  ['Cambodia', 'detained-past-sentence', 'the 7-day escalation is unlabelled'],
  ['California', 'detained-past-sentence', 'the 3-day escalation is unlabelled'],
  ['California', 'no-consular-contact', '§834c sets no "within two hours"'],
  ['Cambodia', 'no-consular-contact', 'VCCR says "without delay": 72 h is ours'],
  ['Cambodia', 'hearing-not-notified', '7 days'],
  ['California', 'hearing-not-notified', '7 days'],
  ['Cambodia', 'dependants-not-asked-at-arrest', '3 h borrowed from California'],
  ['Cambodia', 'no-family-contact', 'BR 2(1) analogy; 3 h'],
  ['Cambodia', 'child-details-missing', 'BR 3(1) misapplied; 24 h'],
  ['Cambodia', 'child-not-told', 'CRC 12 sets no age; 2 h, 48 h, age 3'],
  ['California', 'child-not-told', '§13517.7 says nothing on telling children'],
  ['California', 'custody-before-care-arranged', '§851.5(c) is calls only'],
  ['California', 'care-changed-without-parent', '§2625 covers only proceedings terminating parental rights or dependency'],
  ['Cambodia', 'no-parent-child-contact', '30 days'],
  ['Cambodia', 'release-not-prepared', 'BR 45–47 analogy; 14 days'],
  ['California', 'release-not-prepared', 'BR 45–47 analogy; 14 days'],
  ['Cambodia', 'transfer-not-notified', '24 h'],
  ['Cambodia', 'medical-not-notified', '24 h'],
  ['Cambodia', 'child-in-prison-assessment-overdue', '90 days'],
  ['California', 'child-in-prison-assessment-overdue', '90 days'],
];

describe('numbers the check found are not law are labelled benchmarks', () => {
  it.each(BENCHMARKS_THE_CHECK_FOUND)('%s %s (%s)', (jurisdiction, ruleId) => {
    const rule = entry(jurisdiction, ruleId);
    expect(rule.benchmark).not.toBeNull();
    expect(rule.legalBasis).toMatch(/benchmark/i);
  });
});

/** Readings the check refuted: the alert line must not make them, and must say what the law does say. */
const CLAIMS_THE_CHECK_REFUTED: [Jurisdiction, RuleId, RegExp | null, RegExp, string][] = [
  [
    'California',
    'no-consular-contact',
    /within (two|2) hours/i,
    /booking.*two hours/i,
    '§834c: the duty arises at booking or once detention passes two hours',
  ],
  ['California', 'pretrial-overdue', /legal maximum/i, /not a detention maximum/i, 'California sets no maximum pre-trial detention'],
  [
    'Cambodia',
    'police-custody-overdue',
    /extendable once by 24 hours/i,
    /felony.*written permission.*not verified/i,
    'art. 96: felonies only, the length unverified',
  ],
  ['California', 'child-in-prison-assessment-overdue', /§3410/, /§3411/, '§3411 "under the age of six years"'],
  ['California', 'child-visit-fee-charged', /§260[01]/, /tit\. 15, §3170/, '§2601(d) is the right to sue'],
  ['California', 'no-parent-child-contact', /§260[01]/, /tit\. 15, §3170/, '§2601 grants no visits'],
  ['California', 'care-changed-without-parent', null, /terminating parental rights/i, '§2625 is limited to those proceedings'],
  ['California', 'custody-before-care-arranged', null, /calls only/i, '§851.5(c) is calls only'],
  ['California', 'child-without-safe-care', /is taken into/i, /may .*not a duty/i, 'WIC §305 says "may"'],
  ['California', 'child-not-told', /guidelines on explaining/i, /§13517\.7/, 'POST "shall develop guidelines", nothing on telling children'],
  ['Cambodia', 'care-changed-without-parent', null, /Bangkok Rule 52 by analogy/, 'BR 52 governs a child living in prison'],
  ['Cambodia', 'pretrial-overdue', null, /half the minimum sentence/i, 'art. 209 caps a misdemeanour at half the minimum sentence'],
  ['Cambodia', 'pretrial-overdue', null, /not verified/i, 'the extension lengths are unverified'],
];

describe('no alert line makes a reading the check refuted', () => {
  it.each(CLAIMS_THE_CHECK_REFUTED)('%s %s: %s / %s (%s)', (jurisdiction, ruleId, refuted, required) => {
    const { legalBasis } = entry(jurisdiction, ruleId);
    if (refuted) expect(legalBasis).not.toMatch(refuted);
    expect(legalBasis).toMatch(required);
  });

  it.each(Object.keys(cambodiaArrestRules) as RuleId[])('Cambodia %s applies the Bangkok Rules at arrest only by analogy', (ruleId) => {
    const { legalBasis } = entry('Cambodia', ruleId);
    for (const cited of legalBasis.match(/Bangkok Rules?[^;]*/g) ?? []) expect(cited).toMatch(/by analogy/);
  });
});

describe('what the rules will read', () => {
  it('names a policy version, a zone and a locale Intl knows', () => {
    expect(cambodiaPolicy).toMatchObject({ policyId: 'kh-licadho-2015.v2', timeZone: 'Asia/Phnom_Penh' });
    expect(californiaPolicy).toMatchObject({ policyId: 'us-ca.v2', timeZone: 'America/Los_Angeles', locale: 'en-US' });
    for (const p of [cambodiaPolicy, californiaPolicy]) {
      expect(Intl.DateTimeFormat.supportedLocalesOf([p.locale])).toEqual([p.locale]);
      expect(() => new Intl.DateTimeFormat(p.locale, { timeZone: p.timeZone })).not.toThrow();
    }
  });

  it('extends Cambodian police custody only for a felony with the prosecutor’s written permission; California knows no extension and skips Sundays and judicial holidays', () => {
    const kh = cambodiaPolicy.rules['police-custody-overdue'];
    const ca = californiaPolicy.rules['police-custody-overdue'];
    expect(kh).toMatchObject({ withinHours: 48, extensionOnlyForFelony: true, excludeSundaysAndHolidays: false, holidayCalendar: null });
    expect(kh.extensionRequires).toMatch(/felony.*written permission/);
    expect(ca).toMatchObject({
      withinHours: 48,
      maxExtendedHours: 48,
      extensionRequires: null,
      excludeSundaysAndHolidays: true,
      holidayCalendar: 'california-judicial',
    });
  });

  it('caps a Cambodian misdemeanour’s pre-trial detention at half the minimum sentence, and nothing else', () => {
    expect(cambodiaPolicy.rules['pretrial-overdue'].limits).toMatchObject({
      misdemeanour: { shareOfMinimumPenalty: 0.5 },
      felony: { shareOfMinimumPenalty: null },
    });
    expect(Object.values(californiaPolicy.rules['pretrial-overdue'].limits).map((l) => l.shareOfMinimumPenalty)).toEqual([null, null]);
  });

  it('says a Cambodian prosecutor’s appeal keeps her detained lawfully, so the alert reports the report’s concern', () => {
    expect(cambodiaPolicy.rules['detained-past-sentence'].pendingProsecutionAppeal?.(ruleWordsFor(cambodiaPolicy).parent('female'))).toMatch(
      /prosecutor’s appeal.*not a breach of the CCP/,
    );
    expect(cambodiaPolicy.rules['detained-past-sentence'].sources.map((s) => s.citation)).toContain('LICADHO 2015, footnote 11');
    expect(californiaPolicy.rules['detained-past-sentence'].pendingProsecutionAppeal).toBeNull();
  });
});
