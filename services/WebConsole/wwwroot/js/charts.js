// Charts drawn as inline SVG: horizontal bars, one row per category, one bar per series. Small enough that a
// chart library would be the bigger risk.
const svgNamespace = 'http://www.w3.org/2000/svg';
const palette = ['#2563eb', '#16a34a', '#d97706', '#9333ea'];

function svg(tag, attributes = {}, text) {
  const element = document.createElementNS(svgNamespace, tag);
  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(name, String(value));
  }

  if (text != null) {
    element.textContent = String(text);
  }

  return element;
}

/**
 * rows: [{ label, values: [n, ...], key? }]; series: names of the values, for the legend; key marks the bars.
 * Each bar carries its number, so the chart reads without hovering and tests can read it too.
 */
export function barChart({ title, rows, series, format = (n) => String(n) }) {
  const labelWidth = 170;
  const barArea = 360;
  const barHeight = 16;
  const rowHeight = barHeight * series.length + 10;
  const legendHeight = series.length > 1 ? 22 : 0;
  const height = legendHeight + Math.max(1, rows.length) * rowHeight + 6;
  const max = Math.max(1, ...rows.flatMap((row) => row.values));
  const chart = svg('svg', { viewBox: `0 0 ${labelWidth + barArea + 70} ${height}`, role: 'img', class: 'chart', 'aria-label': title });
  chart.append(svg('title', {}, title));
  if (series.length > 1) {
    series.forEach((name, i) => {
      chart.append(svg('rect', { x: labelWidth + i * 110, y: 4, width: 12, height: 12, fill: palette[i % palette.length] }));
      chart.append(svg('text', { x: labelWidth + i * 110 + 16, y: 14, class: 'legend' }, name));
    });
  }

  rows.forEach((row, r) => {
    const top = legendHeight + r * rowHeight;
    const label = svg('text', { x: labelWidth - 6, y: top + rowHeight / 2, 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'label' }, shorten(row.label));
    label.append(svg('title', {}, row.label));
    chart.append(label);
    row.values.forEach((value, s) => {
      const width = Math.max(value > 0 ? 2 : 0, (value / max) * barArea);
      const y = top + 4 + s * barHeight;
      const bar = svg('rect', { x: labelWidth, y, width, height: barHeight - 3, fill: palette[s % palette.length], 'data-key': row.key ?? row.label, 'data-value': value });
      bar.append(svg('title', {}, `${row.label} · ${series[s]}: ${format(value)}`));
      chart.append(bar);
      chart.append(svg('text', { x: labelWidth + width + 4, y: y + (barHeight - 3) / 2, 'dominant-baseline': 'middle', class: 'value' }, format(value)));
    });
  });

  return chart;
}

/** Fits a label into the label column: Han characters take about two Latin widths. The whole label stays in
 *  the bar's tooltip. */
function shorten(label, room = 27) {
  let used = 0;
  let end = 0;
  for (const character of label) {
    used += /[\u2e80-\uffff]/.test(character) ? 2 : 1;
    if (used > room) {
      return `${label.slice(0, end)}…`;
    }

    end += character.length;
  }

  return label;
}
