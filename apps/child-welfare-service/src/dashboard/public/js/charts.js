/** Bar and line charts drawn as inline SVG, each with its figures in a table for screen readers and for reading exact values. */
import { h, svg } from './dom.js';

const W = 480;
const H = 220;
const M = { top: 12, right: 8, bottom: 30, left: 44 };
let counter = 0;

export function barChart(options) {
  return figure(options, (plot) => {
    const { categories, series } = options;
    const band = plot.width / Math.max(categories.length, 1);
    const barWidth = Math.min(36, (band * 0.8) / series.length);
    return series.flatMap((s, si) =>
      s.values.map((v, ci) => {
        const x = M.left + ci * band + (band - barWidth * series.length) / 2 + si * barWidth;
        const y = plot.y(v ?? 0);
        return svg(
          'rect',
          { x, y, width: Math.max(barWidth - 2, 1), height: M.top + plot.height - y, class: `s${si}` },
          svg('title', {}, `${categories[ci]}, ${s.name}: ${plot.format(v)}`),
        );
      }),
    );
  });
}

export function lineChart(options) {
  return figure(options, (plot) => {
    const { categories, series } = options;
    const band = plot.width / Math.max(categories.length, 1);
    const x = (i) => M.left + band * i + band / 2;
    return series.flatMap((s, si) => {
      const points = s.values.map((v, i) => (v === null || v === undefined ? null : [x(i), plot.y(v), v, i])).filter(Boolean);
      const path = points.map(([px, py], i) => `${i ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`).join('');
      return [
        svg('path', { d: path, class: `line s${si}` }),
        ...points.map(([px, py, v, i]) =>
          svg('circle', { cx: px, cy: py, r: 4, class: `s${si}` }, svg('title', {}, `${categories[i]}, ${s.name}: ${plot.format(v)}`)),
        ),
      ];
    });
  });
}

function figure({ title, categories, series, format = String, max, integer = false }, draw) {
  const id = `chart-${++counter}`;
  const values = series.flatMap((s) => s.values).filter((v) => v !== null && v !== undefined);
  const step = niceStep((max ?? Math.max(0, ...values)) / 4, integer);
  const top = step * 4;
  const height = H - M.top - M.bottom;
  const plot = { width: W - M.left - M.right, height, format, y: (v) => M.top + height - (height * v) / top };
  const ticks = [0, 1, 2, 3, 4].map((i) => step * i);
  const every = Math.ceil(categories.length / 8);
  const band = plot.width / Math.max(categories.length, 1);
  const chart = svg(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${id}-caption`, class: 'chart' },
    ticks.map((t) => [
      svg('line', { x1: M.left, x2: W - M.right, y1: plot.y(t), y2: plot.y(t), class: 'grid' }),
      svg('text', { x: M.left - 6, y: plot.y(t) + 4, class: 'tick', 'text-anchor': 'end' }, format(t)),
    ]),
    categories.map((c, i) =>
      i % every ? null : svg('text', { x: M.left + band * i + band / 2, y: H - 10, class: 'tick', 'text-anchor': 'middle' }, c),
    ),
    values.length ? draw(plot) : svg('text', { x: W / 2, y: H / 2, class: 'tick', 'text-anchor': 'middle' }, 'No data for these filters'),
  );
  return h(
    'figure',
    { class: 'chart-figure' },
    h('figcaption', { id: `${id}-caption` }, title),
    h(
      'ul',
      { class: 'legend' },
      series.map((s, i) => h('li', {}, h('span', { class: `swatch s${i}`, 'aria-hidden': 'true' }), s.name)),
    ),
    chart,
    h(
      'details',
      {},
      h('summary', {}, 'Show the figures'),
      h(
        'div',
        { class: 'table-wrap' },
        h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, ''),
              series.map((s) => h('th', { scope: 'col' }, s.name)),
            ),
          ),
          h(
            'tbody',
            {},
            categories.map((c, i) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, c),
                series.map((s) => h('td', {}, format(s.values[i]))),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

/** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least `v` (whole numbers for counts): gridlines at round numbers. */
function niceStep(v, integer) {
  if (v <= 0 || (integer && v <= 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(v));
  return (integer ? [1, 2, 3, 5, 10] : [1, 2, 2.5, 5, 10])
    .map((m) => m * power)
    .filter((n) => !integer || Number.isInteger(n))
    .find((n) => n >= v - 1e-9);
}
