/** The alerts board: what was missed, for which child, by whom, since when; most urgent first (the API's order). */
import { alertCard } from '../alert-card.js';
import { api, explain, queryString } from '../api.js';
import { field, h, notice, replace, select } from '../dom.js';
import { AGENCIES, RULES, SEVERITIES, STATUSES } from '../format.js';
import { pager } from './pager.js';

const FILTERS = ['status', 'severity', 'ruleId', 'agency', 'province', 'facility'];
const PAGE = 25;

export async function render(root, { params }, app) {
  const filters = { status: 'open', ...params };
  const results = h('section', { 'aria-labelledby': 'results-heading', class: 'results' });
  replace(
    root,
    h('h1', { tabindex: '-1' }, 'Alerts'),
    h('p', { class: 'lede' }, 'Safeguards owed to children that were missed. Most urgent first: severity, then how long overdue.'),
    filterForm(filters, app),
    results,
  );
  const fresh = new Set();
  const load = async () => {
    const offset = Number(filters.offset ?? 0);
    const query = Object.fromEntries(FILTERS.map((k) => [k, filters[k] === 'any' ? '' : filters[k]]));
    try {
      const page = await api(`/alerts${queryString({ ...query, limit: PAGE, offset })}`);
      replace(
        results,
        h('h2', { id: 'results-heading' }, `${page.total} ${page.total === 1 ? 'alert' : 'alerts'}`),
        page.items.length
          ? h(
              'ol',
              { class: 'cards' },
              page.items.map((a) =>
                h('li', {}, alertCard(a, { fresh: fresh.has(a.alertId), onChanged: changed, onFormClosed: () => pending && refresh() })),
              ),
            )
          : notice('No alert matches these filters.'),
        pager(page, (o) => app.navigate('alerts', { ...filters, offset: o })),
      );
    } catch (e) {
      replace(results, h('h2', { id: 'results-heading' }, 'Alerts'), notice(explain(e, 'the alerts'), 'error'));
    }
  };
  // A live change never redraws the board under a note or reason being typed: it waits until the form closes.
  let pending = false;
  const refresh = () => {
    pending = !!results.querySelector('.action-form:not([hidden])');
    return pending ? undefined : load();
  };
  const changed = (alert, what) => {
    app.announce(`Alert ${what}: ${alert.summary}`);
    void refresh();
  };
  await load();
  let timer;
  return {
    onAlertEvent(type, alert) {
      if (type === 'alert-raised') fresh.add(alert.alertId);
      clearTimeout(timer);
      timer = setTimeout(refresh, 300);
    },
    refresh,
  };
}

function filterForm(filters, app) {
  const input = (name, placeholder) => h('input', { name, value: filters[name] ?? '', placeholder, autocomplete: 'off' });
  const options = (table, any) => [['', any], ...Object.entries(table)];
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filter alerts' },
    field('Status', select('status', [...Object.entries(STATUSES), ['any', 'Any status']], filters.status)),
    field('Severity', select('severity', options(SEVERITIES, 'Any severity'), filters.severity)),
    field('Safeguard', select('ruleId', options(RULES, 'Any safeguard'), filters.ruleId)),
    field('Agency', select('agency', options(AGENCIES, 'Any agency'), filters.agency)),
    field('Province', input('province', 'e.g. Phnom Penh')),
    field('Unit or prison', input('facility', 'e.g. CC2, PP-ANTI-DRUG')),
    h('div', { class: 'row' }, h('button', { type: 'submit' }, 'Apply filters'), h('a', { href: '#/alerts', class: 'button quiet' }, 'Clear')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    app.navigate('alerts', Object.fromEntries(new FormData(form)));
  });
  return form;
}
