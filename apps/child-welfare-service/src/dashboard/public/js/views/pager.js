/** Previous and next for a `{ items, total, limit, offset }` page. */
import { h } from '../dom.js';

export function pager(page, go) {
  if (page.total <= page.limit && page.offset === 0) return null;
  const first = page.total ? page.offset + 1 : 0;
  const last = page.offset + page.items.length;
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'Pages' },
    h(
      'button',
      { type: 'button', class: 'secondary', disabled: page.offset === 0, onclick: () => go(Math.max(0, page.offset - page.limit)) },
      'Previous',
    ),
    h('span', {}, `${first}–${last} of ${page.total}`),
    h('button', { type: 'button', class: 'secondary', disabled: last >= page.total, onclick: () => go(page.offset + page.limit) }, 'Next'),
  );
}
