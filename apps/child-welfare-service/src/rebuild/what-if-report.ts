import { ruleWordsFor } from '../safeguards/rule-words';
import type { AlertDifference, Counts, DifferenceKind } from './what-if-comparison';
import type { WhatIfRun } from './what-if-run';

/** The columns of the tables, in the order a reader weighs them. */
const COLUMNS: readonly { readonly kind: DifferenceKind | 'unchanged'; readonly title: string }[] = [
  { kind: 'raised', title: 'raised' },
  { kind: 'resolved', title: 'resolved' },
  { kind: 'never-raised', title: 'never raised' },
  { kind: 'left-open', title: 'left open' },
  { kind: 'due-changed', title: 'due changed' },
  { kind: 'unchanged', title: 'same' },
];

const KIND_WORDS: Record<DifferenceKind, string> = {
  raised: 'would be raised',
  resolved: 'would be resolved',
  'never-raised': 'would never be raised',
  'left-open': 'would be left open',
  'due-changed': 'would be due at another time',
};

/** Differences listed one per line before the rest is left to --json. */
export const DIFFERENCES_LISTED = 40;

/**
 * The run as a monitor reads it: what was replayed, then per rule and per responsible unit the
 * alerts the other policy would raise, resolve, never raise, leave open or date otherwise than the
 * live one, then the differences one by one. Every time in the live jurisdiction's zone.
 */
export function whatIfReport(run: WhatIfRun): string {
  const words = ruleWordsFor({ timeZone: run.timeZone, locale: run.locale });
  const at = (iso: string | null) => (iso === null ? '—' : words.instant(iso));
  const { history, comparison } = run;
  const lines = [
    `What-if: policy ${run.policyId} against the live ${run.livePolicyId}, judged at ${at(run.computedAt)} (times in ${run.timeZone})`,
    `History: ${history.transport === 'kafka' ? `topics ${history.topics.join(', ')}` : 'the agencies’ database logs'}; ` +
      `${history.messages} messages, ${history.facts} facts of ${history.people} people (${history.failed} skipped), from ${at(history.firstFactAt)} to ${at(history.lastFactAt)}`,
    `Deadlines compared: ${history.from === null && history.to === null ? 'all' : `from ${history.from === null ? 'the start' : at(history.from)} to ${history.to === null ? 'the end' : at(history.to)}`}`,
    '',
    table(
      'rule',
      comparison.byRule.map((r) => [r.ruleId, r.counts]),
      comparison.totals,
    ),
    '',
    table(
      'responsible unit',
      comparison.byUnit.map((u) => [u.responsibleUnitId ? `${u.responsibleAgency} ${u.responsibleUnitId}` : u.responsibleAgency, u.counts]),
      comparison.totals,
    ),
  ];
  if (comparison.differences.length > 0) {
    lines.push('', 'Differences:');
    for (const d of comparison.differences.slice(0, DIFFERENCES_LISTED)) lines.push(`  ${differenceLine(d, at)}`);
    const rest = comparison.differences.length - DIFFERENCES_LISTED;
    if (rest > 0) lines.push(`  … and ${rest} more (--json lists every one)`);
  } else {
    lines.push('', 'No alert differs.');
  }
  return `${lines.join('\n')}\n`;
}

function differenceLine(d: AlertDifference, at: (iso: string | null) => string): string {
  const unit = d.responsibleUnitId ? `${d.responsibleAgency} ${d.responsibleUnitId}` : d.responsibleAgency;
  const side = (s: AlertDifference['live']) => (s === null ? 'none' : `${s.status}, due ${at(s.dueAt)}`);
  return `${d.ruleId} · ${unit} · ${d.personId}: ${KIND_WORDS[d.kind]} (live: ${side(d.live)}; what-if: ${side(d.whatIf)}) alert ${d.alertId}`;
}

function table(first: string, rows: readonly (readonly [string, Counts])[], totals: Counts): string {
  const header = [first, ...COLUMNS.map((c) => c.title)];
  const body = [
    ...rows.map(([name, counts]) => [name, ...COLUMNS.map((c) => String(counts[c.kind]))]),
    ['total', ...COLUMNS.map((c) => String(totals[c.kind]))],
  ];
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
