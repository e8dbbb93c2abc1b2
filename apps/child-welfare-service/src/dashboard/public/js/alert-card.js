/** One alert in plain words, with acknowledge and resolve forms; shared by the board, the child and the facility pages. */
import { api } from './api.js';
import { h, replace } from './dom.js';
import { AGENCIES, duration, overdue, RULES, SEVERITIES, shortId, STATUSES, time, words } from './format.js';

export function alertCard(alert, { onChanged, onFormClosed, headingLevel = 'h3', fresh = false } = {}) {
  const headingId = `alert-${alert.alertId}`;
  const children = alert.childIds.length
    ? alert.childIds.map((id, i) => [
        i ? ', ' : '',
        h('a', { href: `#/children/${encodeURIComponent(id)}`, 'aria-label': `Child ${id}` }, `child ${shortId(id)}`),
      ])
    : "not named (all the parent's children)";
  const unit = whoMustAct(alert);
  const since =
    alert.status === 'resolved'
      ? [time(alert.dueAt), ' — resolved ', time(alert.resolvedAt)]
      : [time(alert.dueAt), ' — ', h('strong', {}, overdue(alert.dueAt))];
  const card = h(
    'article',
    { class: `alert sev-${alert.severity}${fresh ? ' fresh' : ''}`, 'aria-labelledby': headingId, 'data-alert-id': alert.alertId },
    h(
      'p',
      { class: 'tags' },
      h('span', { class: `badge sev-${alert.severity}` }, words(SEVERITIES, alert.severity)),
      h('span', { class: `badge status-${alert.status}` }, words(STATUSES, alert.status)),
      h('span', { class: 'rule' }, words(RULES, alert.ruleId)),
    ),
    h(headingLevel, { id: headingId }, alert.summary),
    h(
      'dl',
      { class: 'facts' },
      fact('For', children),
      fact('Parent', alert.personId),
      fact('Who must act', unit),
      fact(alert.status === 'resolved' ? 'Was due' : 'Due since', since),
      fact('Legal basis', alert.legalBasis),
      alert.resolutionReason || alert.lateByMinutes !== null ? fact('Outcome', resolutionWords(alert)) : null,
    ),
  );
  card.append(whoWasTold(alert));
  if (alert.status !== 'resolved') card.append(actions(alert, onChanged, onFormClosed));
  return card;
}

/**
 * Who was told of the alert, read when opened: each webhook delivery (whose subscription, which
 * change, delivered or still being retried) and each email sent at once. Digests are per day and
 * not listed here.
 */
function whoWasTold(alert) {
  const body = h('div', { class: 'told' }, 'Loading…');
  const details = h('details', { class: 'who-was-told' }, h('summary', {}, 'Who was told'), body);
  let loaded = false;
  details.addEventListener('toggle', async () => {
    if (!details.open || loaded) return;
    loaded = true;
    try {
      const told = await api(`/alerts/${alert.alertId}/notifications`);
      const rows = [
        ...told.webhooks.map((w) =>
          h(
            'li',
            {},
            `Webhook to ${words(AGENCIES, w.subscriber.agency)} ${w.subscriber.unitId} (${w.receiverHost}), ${w.change.replace('alert-', '')}: `,
            deliveryWords(w.status, w.attempts, w.deliveredAt, w.writtenAt),
          ),
        ),
        ...told.emails.map((e) =>
          h(
            'li',
            {},
            `Email to ${e.recipient}: `,
            deliveryWords(e.status === 'sent' ? 'delivered' : e.status, e.attempts, e.sentAt, e.writtenAt, e.lastError),
          ),
        ),
      ];
      replace(body, rows.length ? h('ul', {}, rows) : 'Nobody yet: no webhook subscription or email address asks for this alert.');
    } catch (e) {
      loaded = false;
      replace(body, e.status === 403 ? 'Your access key may not see who was told.' : `Could not load who was told: ${e.message}`);
    }
  });
  return details;
}

function deliveryWords(status, attempts, doneAt, writtenAt, lastError) {
  const tries = attempts === 1 ? '1 try' : `${attempts} tries`;
  if (status === 'delivered') return ['delivered ', time(doneAt), ` (${tries})`];
  if (status === 'parked')
    return [`not delivered after a day of retries (${tries}); the subscriber can send it again`, lastError ? ` — ${lastError}` : ''];
  if (status === 'cancelled') return 'cancelled (the subscription ended)';
  return [`being sent since `, time(writtenAt), ` (${tries} so far)`, lastError ? ` — ${lastError}` : ''];
}

const fact = (term, ...value) => h('div', {}, h('dt', {}, term), h('dd', {}, ...value));

/**
 * The agency, the unit by the name people know it (from the unit registry, with its id for the
 * filters), the province, and the number to call. A unit the registry does not hold (a judge, a
 * courtroom) shows as recorded.
 */
function whoMustAct(alert) {
  const known = alert.responsibleUnit;
  const unit = known ? `${known.name} (${known.unitId})` : alert.responsibleUnitId;
  const line = [words(AGENCIES, alert.responsibleAgency), unit, alert.province].filter(Boolean).join(' · ');
  if (!known?.phone) return line;
  return [line, h('br'), 'Call ', h('a', { href: `tel:${known.phone.replace(/\s+/g, '')}` }, known.phone)];
}

function resolutionWords(alert) {
  if (alert.resolution === 'fact-recorded-late' && alert.lateByMinutes !== null)
    return `The missing fact was recorded ${duration(alert.lateByMinutes * 60_000)} late.`;
  return alert.resolutionReason ?? '';
}

function actions(alert, onChanged, onFormClosed) {
  const wrap = h('div', { class: 'actions' });
  const forms = [];
  if (alert.status === 'open')
    forms.push(
      actionForm(
        alert,
        'acknowledgement',
        'Acknowledge',
        'Note for the record',
        'note',
        'e.g. Called the police station; the duty officer will arrange care today',
        onChanged,
        onFormClosed,
      ),
    );
  forms.push(
    actionForm(
      alert,
      'resolution',
      'Resolve',
      'Why it is resolved',
      'reason',
      'e.g. The grandmother now looks after the child (confirmed by phone)',
      onChanged,
      onFormClosed,
    ),
  );
  for (const { button } of forms) wrap.append(button);
  for (const { form } of forms) wrap.append(form);
  return wrap;
}

function actionForm(alert, path, verb, label, property, placeholder, onChanged, onFormClosed) {
  const formId = `${path}-${alert.alertId}`;
  const text = h('textarea', { id: `${formId}-text`, name: property, required: true, maxlength: 2000, rows: 3, placeholder });
  const error = h('p', { class: 'notice error', role: 'alert', hidden: true });
  const submit = h('button', { type: 'submit' }, `${verb} alert`);
  const button = h('button', { type: 'button', class: 'secondary', 'aria-expanded': 'false', 'aria-controls': formId }, `${verb}…`);
  const form = h(
    'form',
    { id: formId, class: 'action-form', hidden: true },
    h('label', { for: text.id }, label),
    text,
    h('div', { class: 'row' }, submit, h('button', { type: 'button', class: 'quiet', onclick: () => toggle(false) }, 'Cancel')),
    error,
  );
  const toggle = (open) => {
    form.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
    if (open) text.focus();
    else {
      button.focus();
      onFormClosed?.();
    }
  };
  button.addEventListener('click', () => toggle(form.hidden));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    submit.disabled = true;
    try {
      await api(`/alerts/${alert.alertId}/${path}`, { method: 'POST', body: { [property]: text.value.trim() }, version: alert.version });
      form.hidden = true;
      onChanged?.(alert, verb === 'Acknowledge' ? 'acknowledged' : 'resolved');
    } catch (e) {
      error.textContent = e.status === 409 ? `Someone changed this alert meanwhile: ${e.message}. Reload to see it.` : e.message;
      error.hidden = false;
      submit.disabled = false;
    }
  });
  return { button, form };
}
