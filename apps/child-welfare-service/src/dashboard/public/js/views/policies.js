/** Policies: which one is live, how another one's deadlines differ, and what its last what-if replay found. */
import { api, explain } from '../api.js';
import { h, notice, replace } from '../dom.js';
import { AGENCIES, RULES, number, time, words } from '../format.js';

const KINDS = [
  ['raised', 'Would be raised', 'No miss under the live policy; a miss under this one'],
  ['resolved', 'Would be resolved', 'Open under the live policy; met, late, under this one'],
  ['never-raised', 'Would never be raised', 'A miss under the live policy; none under this one'],
  ['left-open', 'Would be left open', 'Resolved late under the live policy; still open under this one'],
  ['due-changed', 'Due at another time', 'A miss under both, owed by another time'],
  ['unchanged', 'Same', 'The same under both'],
];
const KIND_WORDS = Object.fromEntries(KINDS.map(([k, title]) => [k, title]));
const DIFFERENCES_SHOWN = 100;

const heading = () => h('h1', { tabindex: '-1' }, 'Policies');
const terms = (rule) => (rule?.deadlines ?? []).map((d) => d.words).join('; ') || '—';
const unitName = (u) =>
  u.responsibleUnitId ? `${words(AGENCIES, u.responsibleAgency)} ${u.responsibleUnitId}` : words(AGENCIES, u.responsibleAgency);

export async function render(root) {
  replace(root, heading(), notice('Loading…'));
  let policies;
  try {
    policies = (await api('/policies')).items;
  } catch (e) {
    replace(root, heading(), notice(explain(e, 'the policies'), 'error'));
    return;
  }
  const live = policies.find((p) => p.live);
  const others = policies.filter((p) => !p.live);
  replace(
    root,
    heading(),
    h(
      'p',
      { class: 'lede' },
      `Alerts are judged under ${live.jurisdiction}’s policy ${live.policyId}. Before adopting another, compare what it would have done with the same records.`,
    ),
    ...(await Promise.all(others.map((p) => policySection(p, live)))),
  );
}

async function policySection(policy, live) {
  const id = `policy-${policy.policyId.replace(/[^a-z0-9]+/gi, '-')}`;
  let comparison = null;
  let problem = null;
  try {
    comparison = await api(`/policies/${encodeURIComponent(policy.policyId)}/comparison`);
  } catch (e) {
    problem =
      e.status === 404
        ? `No what-if replay of this policy yet. Someone who runs the service can make one: npm run policy:what-if -- --policy ${policy.policyId}`
        : explain(e, 'the comparison');
  }
  return h(
    'section',
    { 'aria-labelledby': id },
    h('h2', { id }, `${policy.jurisdiction}: ${policy.policyId}`),
    deadlineTable(policy, live),
    comparison ? comparisonPart(comparison, live) : notice(problem, problem.startsWith('No what-if') ? 'info' : 'error'),
  );
}

/** The rules whose deadlines differ from the live policy's, side by side. */
function deadlineTable(policy, live) {
  const liveRules = new Map(live.rules.map((r) => [r.ruleId, r]));
  const differing = policy.rules.filter((r) => terms(r) !== terms(liveRules.get(r.ruleId)));
  if (!differing.length) return h('p', {}, 'Every deadline is the same as the live policy’s.');
  return h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': `Deadlines that differ under ${policy.policyId}` },
    h(
      'table',
      {},
      h('caption', {}, 'Deadlines that differ from the live policy’s'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, 'Safeguard'),
          h('th', { scope: 'col' }, `Live (${live.policyId})`),
          h('th', { scope: 'col' }, policy.policyId),
        ),
      ),
      h(
        'tbody',
        {},
        differing.map((r) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, `${r.number}. ${words(RULES, r.ruleId)}`),
            h('td', {}, terms(liveRules.get(r.ruleId))),
            h('td', {}, terms(r)),
          ),
        ),
      ),
    ),
  );
}

function comparisonPart(c, live) {
  const history = c.history;
  const changedRows = (rows) => rows.filter((row) => KINDS.some(([k]) => k !== 'unchanged' && row.counts[k] > 0));
  return h(
    'div',
    { class: 'comparison' },
    h('h3', {}, 'What its last what-if replay found'),
    h(
      'p',
      {},
      'Computed ',
      time(c.computedAt),
      ` against the live ${c.livePolicyId}, over `,
      `${number(history.facts)} records of ${number(history.people)} people`,
      history.firstFactAt ? [' made from ', time(history.firstFactAt), ' to ', time(history.lastFactAt)] : '',
      history.transport === 'kafka' ? ` (the agency topics ${history.topics.join(', ')})` : ' (the agencies’ database logs)',
      history.from || history.to
        ? ['; deadlines compared from ', history.from ? time(history.from) : 'the start', ' to ', history.to ? time(history.to) : 'the end']
        : '',
      '. Records made since are not in it, and a monitor’s acknowledgements and resolutions are not replayed.',
    ),
    h(
      'dl',
      { class: 'summary' },
      KINDS.map(([k, title, meaning]) => h('div', { title: meaning }, h('dt', {}, title), h('dd', {}, number(c.totals[k])))),
    ),
    countTable(
      'Per safeguard',
      'Safeguard',
      changedRows(c.byRule).map((r) => [words(RULES, r.ruleId), r.counts]),
    ),
    countTable(
      'Per responsible unit',
      'Unit',
      changedRows(c.byUnit).map((u) => [unitName(u), u.counts]),
    ),
    differenceList(c.differences),
  );
}

function countTable(caption, first, rows) {
  if (!rows.length) return h('p', {}, `${caption}: no alert would differ.`);
  return h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': caption },
    h(
      'table',
      {},
      h('caption', {}, caption),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, first),
          KINDS.map(([, title]) => h('th', { scope: 'col' }, title)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map(([name, counts]) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, name),
            KINDS.map(([k]) => h('td', {}, number(counts[k]))),
          ),
        ),
      ),
    ),
  );
}

function differenceList(differences) {
  if (!differences.length) return h('p', {}, 'No alert would differ.');
  const side = (s) => (s ? [words({ open: 'open', acknowledged: 'open', resolved: 'resolved' }, s.status), ', due ', time(s.dueAt)] : 'none');
  return h(
    'details',
    {},
    h('summary', {}, `The ${number(differences.length)} alerts that would differ`),
    h(
      'ul',
      { class: 'differences' },
      differences
        .slice(0, DIFFERENCES_SHOWN)
        .map((d) =>
          h(
            'li',
            {},
            h('strong', {}, `${KIND_WORDS[d.kind]}: `),
            `${words(RULES, d.ruleId)}, ${unitName(d)}, ${d.personId}. Live: `,
            side(d.live),
            '. Under this policy: ',
            side(d.whatIf),
            '.',
          ),
        ),
    ),
    differences.length > DIFFERENCES_SHOWN
      ? h('p', {}, `and ${number(differences.length - DIFFERENCES_SHOWN)} more (GET /policies/{id}/comparison lists them all).`)
      : null,
  );
}
