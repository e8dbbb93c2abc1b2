/**
 * The words of the alert emails, in Khmer and English (a Cambodian unit reads both, Khmer
 * first), others in English. Times are the jurisdiction's, formatted for the language; the
 * alert's own summary and legal basis are the rule texts as written (English).
 */
export type Language = 'km' | 'en';

export interface EmailAlert {
  readonly alertId: string;
  readonly ruleId: string;
  readonly severity: string;
  readonly status: string;
  readonly summary: string;
  readonly legalBasis: string;
  readonly dueAt: string;
  readonly raisedAt: string;
  readonly resolvedAt: string | null;
  readonly responsibleUnitId: string | null;
}

export interface Recipient {
  readonly address: string;
  /** The unit's name, or the oversight body's. */
  readonly name: string;
  readonly languages: readonly Language[];
}

export interface Email {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface Digest {
  /** The day it covers, in the jurisdiction: "2026-05-01". */
  readonly day: string;
  readonly raised: readonly EmailAlert[];
  readonly stillOpen: readonly EmailAlert[];
  readonly escalated: readonly EmailAlert[];
  readonly resolved: readonly EmailAlert[];
}

export interface Zone {
  readonly timeZone: string;
}

interface Words {
  readonly locale: string;
  readonly critical: string;
  readonly digest: string;
  readonly due: string;
  readonly raised: string;
  readonly legalBasis: string;
  readonly unit: string;
  readonly dashboard: string;
  readonly sections: Record<'raised' | 'stillOpen' | 'escalated' | 'resolved', string>;
  readonly none: string;
  readonly severity: Record<string, string>;
  readonly more: (n: number) => string;
}

const WORDS: Record<Language, Words> = {
  km: {
    locale: 'km-KH',
    critical: 'ការជូនដំណឹងបន្ទាន់',
    digest: 'សេចក្តីសង្ខេបប្រចាំថ្ងៃនៃការជូនដំណឹង',
    due: 'កាលកំណត់',
    raised: 'បានលើកឡើង',
    legalBasis: 'មូលដ្ឋានច្បាប់',
    unit: 'អង្គភាពទទួលខុសត្រូវ',
    dashboard: 'ការជូនដំណឹងលេខ',
    sections: { raised: 'ថ្មី', stillOpen: 'នៅបើក ហួសកាលកំណត់', escalated: 'បានបង្កើនកម្រិតធ្ងន់ធ្ងរ', resolved: 'បានដោះស្រាយ' },
    none: 'គ្មាន',
    severity: { critical: 'ធ្ងន់ធ្ងរបំផុត', high: 'ខ្ពស់', medium: 'មធ្យម', low: 'ទាប' },
    more: (n) => `និង ${n} ទៀត`,
  },
  en: {
    locale: 'en-GB',
    critical: 'Critical alert',
    digest: 'Daily digest of alerts',
    due: 'Due',
    raised: 'Raised',
    legalBasis: 'Legal basis',
    unit: 'Responsible unit',
    dashboard: 'Alert',
    sections: { raised: 'New', stillOpen: 'Still open, past due', escalated: 'Escalated', resolved: 'Resolved' },
    none: 'none',
    severity: { critical: 'critical', high: 'high', medium: 'medium', low: 'low' },
    more: (n) => `and ${n} more`,
  },
};

/** Alerts listed per section of a digest; the rest are counted. */
export const DIGEST_LISTS_AT_MOST = 25;

export function languagesOf(jurisdiction: string): readonly Language[] {
  return jurisdiction === 'KH' ? ['km', 'en'] : ['en'];
}

/** The email sent at once when an alert is critical, to the unit that must act and to the oversight body. */
export function criticalAlertEmail(alert: EmailAlert, recipient: Recipient, zone: Zone): Email {
  const first = recipient.languages.map((l) => WORDS[l]).at(0);
  const body = recipient.languages.map((language) => {
    const w = WORDS[language];
    const when = instantIn(w.locale, zone);
    return [
      `${w.critical} (${w.severity[alert.severity] ?? alert.severity})`,
      alert.summary,
      `${w.due}: ${when(alert.dueAt)}`,
      `${w.raised}: ${when(alert.raisedAt)}`,
      `${w.unit}: ${alert.responsibleUnitId ?? '-'}`,
      `${w.legalBasis}: ${alert.legalBasis}`,
      `${w.dashboard}: ${alert.alertId} (${alert.ruleId})`,
    ].join('\n');
  });
  return { to: recipient.address, subject: `${first?.critical ?? WORDS.en.critical}: ${alert.summary}`, text: body.join('\n\n— — —\n\n') };
}

/** The day's digest for a unit or the oversight body: what was raised, what is still open past its due, what escalated, what was resolved. */
export function digestEmail(digest: Digest, recipient: Recipient, zone: Zone): Email {
  const counts = `${digest.raised.length}/${digest.stillOpen.length}/${digest.escalated.length}/${digest.resolved.length}`;
  const subject = `${recipient.languages.map((l) => WORDS[l].digest).join(' · ')}: ${recipient.name}, ${digest.day} (${counts})`;
  const body = recipient.languages.map((language) => {
    const w = WORDS[language];
    const when = instantIn(w.locale, zone);
    const section = (key: keyof Words['sections'], alerts: readonly EmailAlert[]) => {
      const lines = mostPressingFirst(alerts)
        .slice(0, DIGEST_LISTS_AT_MOST)
        .map((a) => `  - [${w.severity[a.severity] ?? a.severity}] ${a.summary} (${w.due}: ${when(a.dueAt)}; ${a.alertId})`);
      if (alerts.length > DIGEST_LISTS_AT_MOST) lines.push(`  ${w.more(alerts.length - DIGEST_LISTS_AT_MOST)}`);
      return [`${w.sections[key]}: ${alerts.length}`, ...(alerts.length === 0 ? [`  ${w.none}`] : lines)].join('\n');
    };
    return [
      `${w.digest}: ${recipient.name}, ${digest.day}`,
      section('raised', digest.raised),
      section('stillOpen', digest.stillOpen),
      section('escalated', digest.escalated),
      section('resolved', digest.resolved),
    ].join('\n\n');
  });
  return { to: recipient.address, subject, text: body.join('\n\n— — —\n\n') };
}

const SEVERITY_RANK: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3 };

/** The most serious first, and among equals the most recently due: what a reader acts on first. */
function mostPressingFirst(alerts: readonly EmailAlert[]): EmailAlert[] {
  return [...alerts].sort(
    (a, b) =>
      (SEVERITY_RANK[a.severity] ?? 4) - (SEVERITY_RANK[b.severity] ?? 4) || b.dueAt.localeCompare(a.dueAt) || a.alertId.localeCompare(b.alertId),
  );
}

function instantIn(locale: string, zone: Zone): (iso: string) => string {
  const format = new Intl.DateTimeFormat(locale, { timeZone: zone.timeZone, dateStyle: 'medium', timeStyle: 'short' });
  return (iso) => `${format.format(new Date(iso))} (${zone.timeZone})`;
}
