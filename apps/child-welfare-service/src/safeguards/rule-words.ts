/** How the engine words lateness and times: bound to the jurisdiction's time zone by the caller. */
export interface LatenessWords {
  /** "45 min", "1 h 12 min", "3 d 4 h". */
  duration(minutes: number): string;
  /** "2 Dec 2026, 14:05 (GMT+7)". */
  instant(iso: string): string;
}

/**
 * What a rule needs to word its alert for a person: times in the jurisdiction's zone, durations,
 * plurals, the parent as the record names them (her, his, or "the parent"), a child's age. Bound to
 * the jurisdiction once, from the policy, and handed to every rule.
 */
export interface RuleWords extends LatenessWords {
  /** "1 child", "3 children". */
  count(n: number, one: string, many: string): string;
  /** Any recorded sex: female and male have their words, anything else (other, unknown) is neutral. */
  parent(sex: string | null): ParentWords;
  /** A calendar date as written ("2 Jun 2026"): a day, not an instant, so never shifted by a zone. */
  day(isoDate: string): string;
  /** A child's age: whole months under two years ("5 months"), years after ("1 year" never appears). */
  age(months: number): string;
  /** "KHR 20,000", "$15.00": an amount as the jurisdiction writes money. */
  money(amount: number, currency: string): string;
}

export interface ParentWords {
  /** "the mother", "the father", "the parent": once she is known to have children. */
  readonly noun: string;
  /** "the woman", "the man", "the person": before anyone knows whether there are children. */
  readonly person: string;
  /** "she", "he", "they". */
  readonly subject: string;
  /** "her", "him", "them". */
  readonly object: string;
  /** "her", "his", "their". */
  readonly possessive: string;
  /** The verbs that agree with `subject`: "is"/"are", "has"/"have". */
  readonly is: string;
  readonly has: string;
}

const PARENT_WORDS: Record<'female' | 'male' | 'neutral', ParentWords> = {
  female: { noun: 'the mother', person: 'the woman', subject: 'she', object: 'her', possessive: 'her', is: 'is', has: 'has' },
  male: { noun: 'the father', person: 'the man', subject: 'he', object: 'him', possessive: 'his', is: 'is', has: 'has' },
  neutral: { noun: 'the parent', person: 'the person', subject: 'they', object: 'them', possessive: 'their', is: 'are', has: 'have' },
};

/** Under two years a baby's age is said in months: "1 year" hides whether she is 12 months old or 23. */
const MONTHS_SHOWN_UNDER = 24;

const wordsByJurisdiction = new Map<string, RuleWords>();
const moneyFormats = new Map<string, Intl.NumberFormat>();
function moneyFormat(locale: string, currency: string): Intl.NumberFormat {
  const key = `${locale}|${currency}`;
  let format = moneyFormats.get(key);
  if (!format) moneyFormats.set(key, (format = new Intl.NumberFormat(locale, { style: 'currency', currency })));
  return format;
}

/**
 * The words of one jurisdiction: its time zone and the language its monitors read. Made once per
 * zone and locale (Intl formatters are costly to build, and every fact's journey is worded).
 */
export function ruleWordsFor(jurisdiction: { readonly timeZone: string; readonly locale: string }): RuleWords {
  const key = `${jurisdiction.timeZone}|${jurisdiction.locale}`;
  let words = wordsByJurisdiction.get(key);
  if (!words) wordsByJurisdiction.set(key, (words = makeRuleWords(jurisdiction)));
  return words;
}

function makeRuleWords(jurisdiction: { readonly timeZone: string; readonly locale: string }): RuleWords {
  const format = new Intl.DateTimeFormat(jurisdiction.locale, {
    timeZone: jurisdiction.timeZone,
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  });
  const dayFormat = new Intl.DateTimeFormat(jurisdiction.locale, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return {
    instant: (iso) => format.format(new Date(iso)),
    day: (isoDate) => dayFormat.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
    age: (months) =>
      months < 1 ? 'under 1 month' : months < MONTHS_SHOWN_UNDER ? count(months, 'month', 'months') : count(Math.floor(months / 12), 'year', 'years'),
    duration: durationWords,
    count,
    money: (amount, currency) => moneyFormat(jurisdiction.locale, currency).format(amount),
    parent: (sex) => PARENT_WORDS[sex === 'female' || sex === 'male' ? sex : 'neutral'],
  };
}

/** "45 min", "1 h 12 min", "3 d 4 h": how long, as a reader says it; never "1 hours". */
export function durationWords(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  if (m < 60) return `${m} min`;
  if (m < 48 * 60) {
    const h = Math.floor(m / 60);
    return m % 60 === 0 ? `${h} h` : `${h} h ${m % 60} min`;
  }
  const d = Math.floor(m / (24 * 60));
  const h = Math.floor((m % (24 * 60)) / 60);
  return h === 0 ? `${d} d` : `${d} d ${h} h`;
}

/** The first letter in capitals: a sentence that opens with "the mother". */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
