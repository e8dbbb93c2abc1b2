/** Prisons: the children living there, assessments due, mothers cut off from their children, releases nobody was told of. */
import { alertCard } from '../alert-card.js';
import { api, explain } from '../api.js';
import { h, notice, replace } from '../dom.js';
import { duration, humanise, number, time } from '../format.js';

export async function renderList(root) {
  replace(root, h('h1', { tabindex: '-1' }, 'Facilities'), notice('Loading…'));
  let list;
  try {
    const data = await api('/facilities');
    list = Array.isArray(data) ? data : (data.items ?? []);
  } catch (e) {
    replace(root, h('h1', { tabindex: '-1' }, 'Facilities'), notice(explain(e, 'the facilities'), 'error'));
    return;
  }
  replace(
    root,
    h('h1', { tabindex: '-1' }, 'Facilities'),
    h('p', { class: 'lede' }, 'Prisons holding the parents of the children followed here.'),
    list.length
      ? h(
          'ul',
          { class: 'facility-list' },
          list.map((f) =>
            h(
              'li',
              {},
              h(
                'h2',
                {},
                h('a', { href: `#/facilities/${encodeURIComponent(f.facilityId)}` }, f.name ? `${f.name} (${f.facilityId})` : f.facilityId),
              ),
              h(
                'dl',
                { class: 'summary' },
                Object.entries(f)
                  .filter(([k, v]) => typeof v === 'number' && k !== 'facilityId')
                  .map(([k, v]) => h('div', {}, h('dt', {}, humanise(k.replace(/([A-Z])/g, '-$1').toLowerCase())), h('dd', {}, number(v)))),
              ),
            ),
          ),
        )
      : notice('No facility has recorded anyone yet.'),
  );
}

export async function render(root, { id }, app) {
  replace(root, h('h1', { tabindex: '-1' }, id), notice('Loading…'));
  let f;
  try {
    f = await api(`/facilities/${encodeURIComponent(id)}`);
  } catch (e) {
    replace(
      root,
      h('h1', { tabindex: '-1' }, id),
      notice(explain(e, 'this facility'), 'error'),
      h('p', {}, h('a', { href: '#/facilities' }, 'All facilities')),
    );
    return;
  }
  const child = (key, name) => h('a', { href: `#/children/${encodeURIComponent(key)}` }, name ?? `Child ${key.slice(0, 8)}`);
  const now = Date.now();
  const names = new Map(f.childrenLivingThere.map((c) => [c.childKey, c.name]));
  replace(
    root,
    h('p', { class: 'crumbs' }, h('a', { href: '#/facilities' }, 'Facilities'), ' / '),
    h('h1', { tabindex: '-1' }, f.name ? `${f.name} (${f.facilityId})` : f.facilityId),
    h(
      'dl',
      { class: 'summary' },
      h('div', {}, h('dt', {}, 'People held'), h('dd', {}, number(f.peopleHeld))),
      h('div', {}, h('dt', {}, 'Children living here'), h('dd', {}, f.childrenLivingThere.length)),
      h('div', {}, h('dt', {}, 'Open alerts'), h('dd', { class: f.openAlerts.length ? 'warn' : null }, f.openAlerts.length)),
    ),
    section(
      'Children living in the prison',
      table(['Child', 'Age', 'Living here since', 'Next assessment due'], f.childrenLivingThere, (c) => [
        child(c.childKey, c.name),
        c.ageYears ?? '—',
        time(c.since, { withTime: false }),
        c.nextAssessmentDue ? time(c.nextAssessmentDue, { withTime: false }) : h('span', { class: 'warn' }, 'none planned'),
      ]),
    ),
    section(
      'Assessments due',
      table(['Child', 'Due', ''], f.assessmentsDue, (a) => [
        child(a.childKey, names.get(a.childKey)),
        time(a.dueAt, { withTime: false }),
        a.overdue ? h('strong', { class: 'warn' }, `overdue by ${duration(now - new Date(a.dueAt).getTime())}`) : 'on time',
      ]),
    ),
    section(
      'Mothers without contact with their children for 30 days',
      table(['Mother', 'Children', 'Last contact'], f.mothersWithoutContact30Days, (m) => [
        m.name ?? m.personId,
        m.childKeys.map((k, i) => [i ? ', ' : '', child(k)]),
        m.lastContactAt ? time(m.lastContactAt, { withTime: false }) : h('span', { class: 'warn' }, 'never'),
      ]),
    ),
    section(
      "Releases without the children's caregiver told",
      table(['Person', 'Release on'], f.releasesWithoutNotifiedCaregiver, (r) => [r.name ?? r.personId, time(r.releaseOn, { withTime: false })]),
    ),
    section(
      'Open alerts',
      f.openAlerts.length
        ? h(
            'ol',
            { class: 'cards' },
            f.openAlerts.map((a) =>
              h('li', {}, alertCard(a, { onChanged: (_, what) => (app.announce(`Alert ${what}`), render(root, { id }, app)) })),
            ),
          )
        : notice('No open alert.'),
    ),
  );
}

const section = (title, body) => h('section', { class: 'block' }, h('h2', {}, title), body);

function table(columns, rows, cells) {
  if (!rows?.length) return notice('None.');
  return h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': columns[0] },
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          columns.map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        rows.map((r) =>
          h(
            'tr',
            {},
            cells(r).map((c) => h('td', {}, c)),
          ),
        ),
      ),
    ),
  );
}
