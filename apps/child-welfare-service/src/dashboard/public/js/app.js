/** The dashboard's shell: sign-in, the hash router, the live alert stream and the announcements read to screen readers. */
import { api, queryString, session } from './api.js';
import { field, h, replace } from './dom.js';
import { RULES, SEVERITIES, shownTimeZone, useJurisdictionZone, words } from './format.js';

const main = document.getElementById('view');
const nav = document.getElementById('nav');
const signOutButton = document.getElementById('sign-out');
const liveStatus = document.getElementById('live-status');
const announcer = document.getElementById('announcer');

/** Each view's module is fetched the first time it is opened: the sign-in and the board come first on a slow line. */
const routes = [
  [/^alerts$/, async (p) => (await import('./views/alerts.js')).render(main, p, app)],
  [/^children$/, async (p) => (await import('./views/children.js')).render(main, p, app)],
  [/^children\/(.+)$/, async (p) => (await import('./views/child.js')).render(main, p, app)],
  [/^indicators$/, async (p) => (await import('./views/indicators.js')).render(main, p, app)],
  [/^facilities$/, async () => (await import('./views/facilities.js')).renderList(main)],
  [/^facilities\/(.+)$/, async (p) => (await import('./views/facilities.js')).render(main, p, app)],
  [/^policies$/, async () => (await import('./views/policies.js')).render(main)],
];

const sayTimeZone = () => (document.getElementById('time-zone').textContent = `Times are shown in ${shownTimeZone().replace(/_/g, ' ')} time.`);
sayTimeZone();
/** The jurisdiction's zone, asked once before any view is drawn (public: nothing personal). */
const jurisdictionKnown = fetch('/jurisdiction')
  .then((r) => (r.ok ? r.json() : null))
  .then((j) => {
    useJurisdictionZone(j);
    sayTimeZone();
  })
  .catch(() => undefined);

let current = null;
/** An alert change that arrived while a view was still loading: the view refreshes once it is there. */
let missed = false;
let stream = null;
let poller = null;

const app = {
  navigate(path, params = {}) {
    location.hash = `#/${path}${queryString(params)}`;
  },
  announce(text) {
    announcer.textContent = '';
    setTimeout(() => (announcer.textContent = text), 50);
  },
};

async function route() {
  if (!session.key) return showSignIn();
  const [path, search = ''] = location.hash.replace(/^#\/?/, '').split('?');
  const match = routes.map(([re, view]) => [path.match(re), view]).find(([m]) => m);
  if (!match) return app.navigate('alerts');
  const [m, view] = match;
  for (const link of nav.querySelectorAll('a')) {
    if (link.getAttribute('href') === `#/${path.split('/')[0]}`) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const params = Object.fromEntries(new URLSearchParams(search));
  current = null;
  missed = false;
  const rendered = await view({ params, id: m[1] ? decodeURIComponent(m[1]) : undefined });
  current = rendered ?? null;
  if (missed) void current?.refresh?.();
  const heading = main.querySelector('h1');
  if (document.activeElement === document.body || document.activeElement === main) heading?.focus();
  document.title = `${heading?.textContent ?? 'Dashboard'} · Safeguard oversight`;
}

function showSignIn(message) {
  nav.hidden = true;
  signOutButton.hidden = true;
  liveStatus.hidden = true;
  document.title = 'Sign in · Safeguard oversight';
  const key = h('input', { type: 'password', name: 'key', required: true, autocomplete: 'current-password', spellcheck: 'false' });
  const error = h('p', { class: 'notice error', role: 'alert', hidden: !message }, message ?? '');
  const form = h(
    'form',
    { class: 'sign-in', 'aria-labelledby': 'sign-in-heading' },
    h('h1', { id: 'sign-in-heading', tabindex: '-1' }, 'Sign in'),
    h('p', {}, 'Oversight monitors sign in with their access key. It is kept in this browser tab only, until you sign out or close the tab.'),
    field('Access key', key, /^(localhost|127\.0\.0\.1|\[::1\])$/.test(location.hostname) ? 'On a development machine: dev-monitor' : null),
    h('button', { type: 'submit' }, 'Sign in'),
    error,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    try {
      await api('/alerts?limit=1', { key: key.value.trim() });
    } catch (e) {
      if (e.status !== 403) {
        error.textContent = e.status === 401 ? 'This access key is not known. Check it and try again.' : e.message;
        error.hidden = false;
        key.focus();
        return;
      }
    }
    session.signIn(key.value.trim());
    start();
  });
  replace(main, form);
  key.focus();
}

async function start() {
  nav.hidden = false;
  signOutButton.hidden = false;
  await jurisdictionKnown;
  openStream();
  if (!location.hash.startsWith('#/')) app.navigate('alerts');
  else void route();
}

function signOut(message) {
  stream?.close();
  stream = null;
  clearInterval(poller);
  session.signOut();
  history.replaceState(null, '', location.pathname);
  showSignIn(message);
}

/** New, acknowledged and resolved alerts as they happen (Server-Sent Events); polling every 30 s when the stream is not there. */
function openStream() {
  stream?.close();
  clearInterval(poller);
  liveStatus.hidden = false;
  liveStatus.textContent = 'Connecting…';
  stream = new EventSource(`/alerts/stream?access_token=${encodeURIComponent(session.key)}`);
  stream.addEventListener('open', () => {
    liveStatus.textContent = 'Live';
    liveStatus.className = 'live on';
  });
  stream.addEventListener('error', () => {
    if (stream?.readyState === EventSource.CLOSED) {
      liveStatus.textContent = 'Live updates off: refreshing every 30 s';
      liveStatus.className = 'live off';
      poller = setInterval(() => current?.refresh?.(), 30_000);
    } else {
      liveStatus.textContent = 'Reconnecting…';
      liveStatus.className = 'live off';
    }
  });
  for (const type of ['alert-raised', 'alert-acknowledged', 'alert-escalated', 'alert-resolved', 'alert-withdrawn']) {
    stream.addEventListener(type, (event) => {
      let alert;
      try {
        alert = JSON.parse(event.data);
      } catch {
        return;
      }
      if (type === 'alert-raised')
        app.announce(`New ${words(SEVERITIES, alert.severity).toLowerCase()} alert: ${words(RULES, alert.ruleId)}. ${alert.summary}`);
      if (current) current.onAlertEvent?.(type, alert);
      else missed = true;
    });
  }
}

document.getElementById('skip').addEventListener('click', (event) => {
  event.preventDefault();
  (main.querySelector('h1') ?? main).focus();
});
signOutButton.addEventListener('click', () => signOut());
addEventListener('safeguard:signed-out', (event) =>
  signOut(event.detail ? `Signed out: ${event.detail}` : 'Signed out: the key is no longer accepted.'),
);
addEventListener('hashchange', () => {
  if (location.hash.startsWith('#/')) {
    main.focus();
    void route();
  }
});

if (session.key) start();
else showSignIn();
