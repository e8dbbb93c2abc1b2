/** Plain words for the API's codes, and times as a monitor reads them. */
import { h } from './dom.js';

export const RULES = {
  'dependants-not-asked-at-arrest': 'Not asked about children at arrest',
  'child-without-safe-care': 'Child left without safe care',
  'custody-before-care-arranged': 'Held before care was arranged',
  'no-family-contact': 'No family contact after custody',
  'arrest-conduct-review': 'Arrest conduct to review',
  'child-not-told': 'Child not told what happened',
  'child-details-missing': "Child's details missing",
  'pretrial-without-family-inquiry': 'Detention ordered without asking about children',
  'pretrial-grounds-missing': 'Detention ordered without grounds',
  'pretrial-below-threshold': 'Detention for a minor offence',
  'pretrial-overdue': 'Pre-trial detention overdue',
  'hearing-not-notified': 'Family not told of a hearing',
  'custodial-without-alternatives': 'Prison sentence without considering alternatives',
  'no-time-to-arrange-care': 'No time given to arrange care',
  'detained-past-sentence': 'Held past the end of the sentence',
  'children-not-recorded-at-admission': 'Children not recorded at admission',
  'child-in-prison-assessment-overdue': 'Child in prison not assessed',
  'child-visit-fee-charged': 'Fee or no contact at a child visit',
  'no-parent-child-contact': 'No contact between parent and child',
  'transfer-not-notified': 'Family not told of a transfer',
  'medical-not-notified': 'Family not told of a medical event',
  'release-not-prepared': 'Caregiver not told of a release',
  'care-changed-without-parent': "Child's care changed without the parent",
  'no-consular-contact': 'No consular contact offered',
  'police-custody-overdue': 'Police custody past its legal hours',
  'contact-banned-as-sanction': 'Family contact stopped as a sanction',
};

export const AGENCIES = { police: 'Police', court: 'Court', prison: 'Prison' };
export const SEVERITIES = { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' };
export const STATUSES = { open: 'Open', acknowledged: 'Acknowledged', resolved: 'Resolved', withdrawn: 'Withdrawn (no miss after all)' };

export const STAGES = {
  arrested: 'Arrested',
  'in-police-custody': 'In police custody',
  'released-without-charge': 'Released without charge',
  'released-on-police-bail': 'Released on police bail',
  charged: 'Charged',
  'pre-trial-detention': 'Pre-trial detention',
  'judicial-supervision': 'Judicial supervision',
  'released-pending-trial': 'Released pending trial',
  'on-trial': 'On trial',
  acquitted: 'Acquitted',
  'sentenced-custodial': 'Sentenced to prison',
  'sentenced-suspended': 'Suspended sentence',
  'sentenced-non-custodial': 'Non-custodial sentence',
  imprisoned: 'In prison',
  'appeal-pending': 'Appeal pending',
  pardoned: 'Pardoned',
  released: 'Released',
};

export const LOCATIONS = {
  'at-home-with-other-parent': 'At home with the other parent',
  'with-relative': 'With a relative',
  'with-neighbour': 'With a neighbour',
  'with-ngo': 'With an NGO',
  'state-care': 'In state care',
  alone: 'Alone',
  'with-other-children-only': 'Only with other children',
  'with-other-adult': 'With another adult',
  'at-school': 'At school',
  'in-prison-with-parent': 'In prison with the parent',
  'with-parent-in-police-custody': 'With the parent at the police station',
  'with-parent': 'With the parent, released',
  other: 'Elsewhere',
  unknown: 'Unknown',
  'not-recorded': 'Not recorded',
};

/** A caregiver's relation to the child, as the police record it. */
export const RELATIONS = {
  father: "The child's father",
  mother: "The child's mother",
  grandparent: 'Grandparent',
  'other-relative': 'Relative',
  neighbour: 'Neighbour',
  ngo: 'NGO',
  'older-sibling': 'Older brother or sister',
  nobody: 'Nobody',
};

/** A contact with the parent, and the setting of a visit. */
export const CONTACTS = { visit: 'Visit', call: 'Call', 'family-contact-at-arrest': 'Family contact at the arrest' };
export const VISIT_SETTINGS = {
  'behind-bars-or-screen': 'behind bars or a screen',
  'communal-area': 'communal area',
  'contact-visit': 'with physical contact',
  private: 'in private',
};
export const KEY_DATES = { hearing: 'Hearing', transfer: 'Transfer', medical: 'Medical event', release: 'Release' };

/** Locations that are not safe care, shown in the warning colour. */
export const UNSAFE_LOCATIONS = new Set(['alone', 'with-other-children-only', 'unknown', 'with-parent-in-police-custody']);

export const words = (table, code) => (code ? (table[code] ?? humanise(code)) : '—');
export const humanise = (code) =>
  String(code)
    .replace(/-/g, ' ')
    .replace(/^./, (c) => c.toUpperCase());

const dateTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const dateOnly = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
export const timeZone = dateTime.resolvedOptions().timeZone;

/**
 * The jurisdiction's zone and locale (GET /jurisdiction), once known: every time on the board
 * reads as it does there, whatever zone this computer is set to.
 */
let jurisdictionZone = null;
export function useJurisdictionZone(zone) {
  jurisdictionZone = zone?.timeZone ? { timeZone: zone.timeZone, locale: zone.locale } : null;
}
export const shownTimeZone = () => jurisdictionZone?.timeZone ?? timeZone;

/** Formatters for a jurisdiction's zone and locale, made once each: a journey names the zone its records belong to. */
const zoned = new Map();
function formatterFor(zone, withTime) {
  const key = `${zone.timeZone}|${zone.locale}|${withTime}`;
  if (!zoned.has(key)) {
    const options = withTime
      ? { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' }
      : { day: 'numeric', month: 'short', year: 'numeric' };
    zoned.set(key, new Intl.DateTimeFormat(zone.locale ?? 'en-GB', { ...options, timeZone: zone.timeZone }));
  }
  return zoned.get(key);
}

/**
 * A `<time>` element, the instant in its attribute. Given a zone (a journey's `timeZone` and
 * `locale`: the jurisdiction's), the text is in that zone and names it, so a night arrest in Phnom
 * Penh reads on the day it happened there; without one, in the jurisdiction's zone, or the
 * browser's until the jurisdiction is known (the footer names the zone).
 */
export function time(iso, { withTime = true, zone = null } = {}) {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return String(iso);
  const shown = zone?.timeZone ? zone : jurisdictionZone;
  const format = shown ? formatterFor(shown, withTime) : withTime ? dateTime : dateOnly;
  return h('time', { datetime: d.toISOString() }, format.format(d));
}

/** A child's age as the journey words it ("5 months" under two years), else the years recorded. */
export function age(child) {
  if (child.age) return child.age;
  if (child.ageYears === null || child.ageYears === undefined) return null;
  return `${child.ageYears} ${child.ageYears === 1 ? 'year' : 'years'}`;
}

/** "3 d 4 h", "2 h 5 min", "40 min": the two largest units. */
export function duration(ms) {
  const minutes = Math.floor(Math.abs(ms) / 60_000);
  const parts = [
    [Math.floor(minutes / 1440), 'd'],
    [Math.floor((minutes % 1440) / 60), 'h'],
    [minutes % 60, 'min'],
  ];
  const first = parts.findIndex(([n]) => n > 0);
  if (first === -1) return 'less than a minute';
  return parts
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, unit]) => `${n} ${unit}`)
    .join(' ');
}

/** "overdue by 3 d 4 h" or "due in 2 h": how late the missing fact is, at `now`. */
export function overdue(dueAt, now = Date.now()) {
  const ms = now - new Date(dueAt).getTime();
  return ms >= 0 ? `overdue by ${duration(ms)}` : `due in ${duration(ms)}`;
}

export function share(value) {
  if (value === null || value === undefined) return '—';
  const pct = value <= 1 ? value * 100 : value;
  return `${Math.round(pct)}%`;
}

export function number(value, digits = 0) {
  if (value === null || value === undefined) return '—';
  return Number(value).toLocaleString('en-GB', { maximumFractionDigits: digits });
}

export const shortId = (id) => (id && id.length > 12 ? `${id.slice(0, 8)}…` : (id ?? '—'));
