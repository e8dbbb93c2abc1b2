/** Children followed across police, court and prison: where each is now and with whom. */
import { api, explain, queryString } from '../api.js';
import { field, h, notice, replace, select } from '../dom.js';
import { age, LOCATIONS, STAGES, UNSAFE_LOCATIONS, time, words } from '../format.js';
import { pager } from './pager.js';

const PAGE = 50;

export async function render(root, { params }, app) {
  const results = h('section', { 'aria-labelledby': 'children-heading', class: 'results' });
  replace(
    root,
    h('h1', { tabindex: '-1' }, 'Children'),
    h(
      'p',
      { class: 'lede' },
      'Dependent children of people arrested, tried or imprisoned. Children with open alerts first. Every opening of a record is logged.',
    ),
    filterForm(params, app),
    results,
  );
  try {
    const page = await api(`/children${queryString({ ...params, limit: PAGE })}`);
    replace(
      results,
      h('h2', { id: 'children-heading' }, `${page.total} ${page.total === 1 ? 'child' : 'children'}`),
      page.items.length ? table(page.items) : notice('No child matches these filters.'),
      pager(page, (o) => app.navigate('children', { ...params, offset: o })),
    );
  } catch (e) {
    replace(results, h('h2', { id: 'children-heading' }, 'Children'), notice(explain(e, "children's records"), 'error'));
  }
}

function table(children) {
  return h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Children' },
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['Child', 'Age', "Parent's stage", 'Where now', 'Prison', 'Province', 'Last contact', 'Open alerts'].map((c) =>
            h('th', { scope: 'col' }, c),
          ),
        ),
      ),
      h(
        'tbody',
        {},
        children.map((c) =>
          h(
            'tr',
            {},
            h('th', { scope: 'row' }, h('a', { href: `#/children/${encodeURIComponent(c.childKey)}` }, c.name ?? `Child ${c.childKey.slice(0, 8)}`)),
            h('td', {}, age(c) ?? '—'),
            h('td', {}, words(STAGES, c.stage)),
            h('td', { class: UNSAFE_LOCATIONS.has(c.locationType) ? 'warn' : null }, words(LOCATIONS, c.locationType)),
            h('td', {}, c.facilityId ? h('a', { href: `#/facilities/${encodeURIComponent(c.facilityId)}` }, c.facilityId) : '—'),
            h('td', {}, c.province ?? '—'),
            h(
              'td',
              {},
              c.lastContactAt
                ? time(c.lastContactAt, { withTime: false, zone: c.timeZone ? { timeZone: c.timeZone, locale: c.locale } : null })
                : 'none recorded',
            ),
            h('td', { class: c.openAlerts ? 'warn' : null }, c.openAlerts),
          ),
        ),
      ),
    ),
  );
}

function filterForm(params, app) {
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filter children' },
    field("Parent's stage", select('stage', [['', 'Any stage'], ...Object.entries(STAGES)], params.stage)),
    field('Where now', select('locationType', [['', 'Anywhere'], ...Object.entries(LOCATIONS)], params.locationType)),
    field('Prison', h('input', { name: 'facility', value: params.facility ?? '', placeholder: 'e.g. CC2', autocomplete: 'off' })),
    field('Province', h('input', { name: 'province', value: params.province ?? '', placeholder: 'e.g. Kandal', autocomplete: 'off' })),
    field(
      'Alerts',
      select(
        'hasOpenAlerts',
        [
          ['', 'With or without'],
          ['true', 'With open alerts'],
          ['false', 'Without open alerts'],
        ],
        params.hasOpenAlerts,
      ),
    ),
    h('div', { class: 'row' }, h('button', { type: 'submit' }, 'Apply filters'), h('a', { href: '#/children', class: 'button quiet' }, 'Clear')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    app.navigate('children', Object.fromEntries(new FormData(form)));
  });
  return form;
}
