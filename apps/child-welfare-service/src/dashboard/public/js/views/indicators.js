/** How often each safeguard was kept, over time and by prison: the figures oversight reports are built from. */
import { api, explain, queryString } from '../api.js';
import { barChart, lineChart } from '../charts.js';
import { field, h, notice, replace, select } from '../dom.js';
import { number, share, time } from '../format.js';

const TILES = [
  ['arrests', 'Arrests', number],
  ['dependantsAskedShare', 'Asked about children at arrest', share],
  ['medianHoursToCareArrangement', 'Median hours to a care arrangement', (v) => number(v, 1)],
  ['pretrialDetentionOrders', 'Pre-trial detention orders', number],
  ['pretrialWithFamilyInquiryShare', 'Detention orders after asking about children', share],
  ['mothersWithLawyerShare', 'Mothers with a lawyer', share],
  ['childrenWithoutContact30Days', 'Children without contact for 30 days', number],
  ['childVisits', 'Child visits', number],
  ['childVisitsCharged', 'Child visits charged a fee', number],
  ['detainedPastSentence', 'Held past their sentence', number],
];
const percent = (v) => (v === null || v === undefined ? '—' : `${Math.round(v)}%`);
const asPercent = (v) => (v === null || v === undefined ? null : v <= 1 ? v * 100 : v);

export async function render(root, { params }, app) {
  const body = h('div', {});
  replace(
    root,
    h('h1', { tabindex: '-1' }, 'Indicators'),
    h('p', { class: 'lede' }, 'How often the safeguards owed to children were kept, month by month and prison by prison.'),
    filterForm(params, app),
    body,
  );
  let data;
  try {
    data = await api(`/indicators${queryString({ period: 'month', ...params })}`);
  } catch (e) {
    replace(body, notice(explain(e, 'the indicators'), 'error'));
    return;
  }
  const periods = data.byPeriod ?? [];
  const facilities = data.byFacility ?? [];
  const months = periods.map((p) => p.period);
  const prisons = facilities.map((f) => f.facilityId);
  const col = (rows, key, f = (v) => v) => rows.map((r) => f(r[key]));
  replace(
    body,
    h('p', { class: 'meta' }, 'Figures as of ', time(data.generatedAt), '.'),
    h(
      'ul',
      { class: 'tiles', 'aria-label': 'Overall' },
      TILES.map(([key, label, fmt]) => h('li', {}, h('span', { class: 'value' }, fmt(data.overall?.[key])), h('span', { class: 'label' }, label))),
    ),
    h(
      'div',
      { class: 'charts' },
      lineChart({
        title: `Safeguards kept, by ${data.filters?.period ?? 'month'} (% of cases)`,
        categories: months,
        max: 100,
        format: percent,
        series: [
          { name: 'Asked about children at arrest', values: col(periods, 'dependantsAskedShare', asPercent) },
          { name: 'Detention after asking about children', values: col(periods, 'pretrialWithFamilyInquiryShare', asPercent) },
          { name: 'Mothers with a lawyer', values: col(periods, 'mothersWithLawyerShare', asPercent) },
        ],
      }),
      barChart({
        title: `Arrests and pre-trial detention orders, by ${data.filters?.period ?? 'month'}`,
        categories: months,
        format: (v) => number(v),
        integer: true,
        series: [
          { name: 'Arrests', values: col(periods, 'arrests') },
          { name: 'Detention orders', values: col(periods, 'pretrialDetentionOrders') },
        ],
      }),
      lineChart({
        title: `Median hours from arrest to a care arrangement, by ${data.filters?.period ?? 'month'}`,
        categories: months,
        format: (v) => number(v, 1),
        series: [{ name: 'Median hours', values: col(periods, 'medianHoursToCareArrangement') }],
      }),
      barChart({
        title: 'Child visits by prison, and visits charged a fee',
        categories: prisons,
        format: (v) => number(v),
        integer: true,
        series: [
          { name: 'Child visits', values: col(facilities, 'childVisits') },
          { name: 'Charged a fee', values: col(facilities, 'childVisitsCharged') },
        ],
      }),
      barChart({
        title: 'Children without contact for 30 days, and people held past their sentence, by prison',
        categories: prisons,
        format: (v) => number(v),
        integer: true,
        series: [
          { name: 'Children without contact 30 days', values: col(facilities, 'childrenWithoutContact30Days') },
          { name: 'Held past sentence', values: col(facilities, 'detainedPastSentence') },
        ],
      }),
    ),
  );
}

function filterForm(params, app) {
  const input = (name, type, placeholder) => h('input', { name, type, value: params[name] ?? '', placeholder, autocomplete: 'off' });
  const form = h(
    'form',
    { class: 'filters', 'aria-label': 'Filter indicators' },
    field('Prison', input('facility', 'text', 'e.g. CC2')),
    field('Province', input('province', 'text', 'e.g. Phnom Penh')),
    field('From', input('from', 'date')),
    field('To', input('to', 'date')),
    field(
      'Group by',
      select(
        'period',
        [
          ['month', 'Month'],
          ['week', 'Week'],
          ['quarter', 'Quarter'],
        ],
        params.period ?? 'month',
      ),
    ),
    h('div', { class: 'row' }, h('button', { type: 'submit' }, 'Apply filters'), h('a', { href: '#/indicators', class: 'button quiet' }, 'Clear')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    app.navigate('indicators', Object.fromEntries(new FormData(form)));
  });
  return form;
}
