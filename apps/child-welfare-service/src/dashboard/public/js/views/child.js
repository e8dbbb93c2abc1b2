/** One child's journey: the parent's path through police, court and prison, and where the child was, with whom, at each step. */
import { alertCard } from '../alert-card.js';
import { api, explain } from '../api.js';
import { h, notice, replace } from '../dom.js';
import {
  age,
  AGENCIES,
  CONTACTS,
  KEY_DATES,
  LOCATIONS,
  RELATIONS,
  STAGES,
  UNSAFE_LOCATIONS,
  VISIT_SETTINGS,
  time as timeIn,
  words,
} from '../format.js';

export async function render(root, { id }, app) {
  replace(root, h('h1', { tabindex: '-1' }, 'Child'), notice('Loading…'));
  let record;
  try {
    record = await api(`/children/${encodeURIComponent(id)}`);
  } catch (e) {
    replace(
      root,
      h('h1', { tabindex: '-1' }, 'Child'),
      notice(explain(e, "this child's record"), 'error'),
      h('p', {}, h('a', { href: '#/alerts' }, 'Back to the alerts')),
    );
    return;
  }
  const { journey: j, parent, alerts } = record;
  // Every time on the page in the zone the child's records belong to (the journey names it).
  zone = j.timeZone ? { timeZone: j.timeZone, locale: j.locale } : null;
  const open = alerts.filter((a) => a.status !== 'resolved');
  const past = alerts.filter((a) => a.status === 'resolved');
  const reload = () => render(root, { id }, app);
  replace(
    root,
    h('p', { class: 'crumbs' }, h('a', { href: '#/children' }, 'Children'), ' / '),
    h('h1', { tabindex: '-1' }, j.name ?? `Child ${j.childKey.slice(0, 8)}`),
    h(
      'p',
      { class: 'lede' },
      [age(j) ? `${age(j)} old` : 'Age not recorded', j.sex, `known to ${j.recordedBy.map((a) => words(AGENCIES, a)).join(', ')}`]
        .filter(Boolean)
        .join(' · '),
    ),
    summary(j, parent, open.length),
    h(
      'div',
      { class: 'two-columns' },
      h(
        'div',
        {},
        section('Journey', timeline(j)),
        section('Dates owed to the family', keyDates(j.keyDates)),
        section('Contact with the parent', contact(j.contact)),
        j.reviewFlags.length
          ? section(
              'Records to review',
              h(
                'ul',
                {},
                j.reviewFlags.map((f) => h('li', {}, f.message)),
              ),
            )
          : null,
      ),
      h(
        'div',
        { class: 'side' },
        section(
          `Open alerts (${open.length})`,
          open.length
            ? h(
                'ol',
                { class: 'cards' },
                open.map((a) => h('li', {}, alertCard(a, { onChanged: (_, what) => (app.announce(`Alert ${what}`), reload()) }))),
              )
            : notice('No open alert.'),
        ),
        section(
          `Past alerts (${past.length})`,
          past.length
            ? h(
                'ol',
                { class: 'cards' },
                past.map((a) => h('li', {}, alertCard(a))),
              )
            : notice('No past alert.'),
        ),
      ),
    ),
  );
}

let zone = null;
const time = (iso, options = {}) => timeIn(iso, { ...options, zone });

const section = (title, ...body) => h('section', { class: 'block' }, h('h2', {}, title), ...body);

function summary(j, parent, openAlerts) {
  const where = j.location;
  return h(
    'dl',
    { class: 'summary' },
    h(
      'div',
      {},
      h('dt', {}, 'Where now'),
      h('dd', { class: where && UNSAFE_LOCATIONS.has(where.type) ? 'warn' : null }, where ? placeWords(where) : 'Not recorded'),
    ),
    h('div', {}, h('dt', {}, "Parent's stage"), h('dd', {}, words(STAGES, j.stage))),
    h(
      'div',
      {},
      h('dt', {}, 'Parent'),
      h(
        'dd',
        {},
        parent ? [parent.name ?? parent.personId, parent.hasLawyer === false ? ' · no lawyer' : parent.hasLawyer ? ' · has a lawyer' : ''] : '—',
      ),
    ),
    h(
      'div',
      {},
      h('dt', {}, 'Prison'),
      h('dd', {}, j.facilityId ? h('a', { href: `#/facilities/${encodeURIComponent(j.facilityId)}` }, j.facilityId) : '—'),
    ),
    h('div', {}, h('dt', {}, 'Province'), h('dd', {}, j.province ?? '—')),
    h('div', {}, h('dt', {}, 'Open alerts'), h('dd', { class: openAlerts ? 'warn' : null }, openAlerts)),
  );
}

function placeWords(step) {
  const who = [
    step.caregiverName,
    step.caregiverRelation && words(RELATIONS, step.caregiverRelation),
    step.caregiverAgeYears !== null && step.caregiverAgeYears !== undefined ? `${step.caregiverAgeYears} years` : null,
  ].filter(Boolean);
  return `${words(LOCATIONS, step.type)}${who.length ? ` — ${who.join(', ')}` : ''}`;
}

const source = (s) =>
  h(
    'span',
    { class: 'source' },
    `${words(AGENCIES, s.agency)} · ${s.eventType} · `,
    h('code', { title: 'Event id at the recording agency' }, s.eventId),
  );

/** The timeline's entries with location changes between them, each saying where the child was at that moment. */
function timeline(j) {
  const entries = [
    ...j.timeline.map((e) => ({ at: e.at, text: e.summary, source: e.source, kind: 'fact' })),
    ...j.locationHistory.map((l) => ({ at: l.since, text: `Child: ${placeWords(l)}`, source: l.source, kind: 'place', step: l })),
  ].sort((a, b) => a.at.localeCompare(b.at) || (a.kind === 'place') - (b.kind === 'place'));
  if (!entries.length) return notice('Nothing recorded yet.');
  const seen = new Set();
  const unique = entries.filter((e) => {
    const k = `${e.kind}:${e.source.eventId}:${e.text}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
  let where = null;
  return h(
    'ol',
    { class: 'timeline' },
    unique.map((e) => {
      if (e.kind === 'place') where = e.step;
      const whereNow =
        e.kind === 'fact'
          ? h(
              'p',
              { class: `where${where && UNSAFE_LOCATIONS.has(where.type) ? ' warn' : ''}` },
              'Child was: ',
              where ? placeWords(where) : 'not yet recorded',
            )
          : null;
      return h('li', { class: e.kind }, h('p', { class: 'when' }, time(e.at)), h('p', { class: 'what' }, e.text), whereNow, source(e.source));
    }),
  );
}

function keyDates(dates) {
  if (!dates.length) return notice('No hearing, transfer, medical event or release recorded.');
  return h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': 'Dates owed to the family' },
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['When', 'What', 'Family told', 'Source'].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      h(
        'tbody',
        {},
        dates.map((d) =>
          h(
            'tr',
            {},
            h('td', {}, time(d.at)),
            h('td', {}, `${words(KEY_DATES, d.kind)}: ${d.detail}`),
            h('td', { class: d.familyTold ? null : 'warn' }, d.familyTold ? ['Yes, ', time(d.toldAt)] : 'No'),
            h('td', {}, source(d.source)),
          ),
        ),
      ),
    ),
  );
}

function contact(c) {
  return h(
    'div',
    {},
    h(
      'dl',
      { class: 'summary' },
      h('div', {}, h('dt', {}, 'Visits'), h('dd', {}, c.visits)),
      h('div', {}, h('dt', {}, 'Visits charged a fee'), h('dd', { class: c.visitsCharged ? 'warn' : null }, c.visitsCharged)),
      h('div', {}, h('dt', {}, 'Calls'), h('dd', {}, c.calls)),
      h('div', {}, h('dt', {}, 'Last contact'), h('dd', {}, c.lastContactAt ? time(c.lastContactAt) : 'None recorded')),
    ),
    c.entries.length
      ? h(
          'ul',
          { class: 'plain' },
          c.entries.map((e) =>
            h(
              'li',
              {},
              time(e.at),
              ` — ${words(CONTACTS, e.kind)}`,
              e.setting ? ` (${words(VISIT_SETTINGS, e.setting)})` : '',
              e.fee ? h('strong', { class: 'warn' }, ` · fee ${e.fee.amount} ${e.fee.currency}`) : '',
              ' ',
              source(e.source),
            ),
          ),
        )
      : null,
  );
}
