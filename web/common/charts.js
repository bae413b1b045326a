// Small SVG charts drawn by hand: grouped vertical bars with an optional target line. No library, no canvas, so
// the charts scale, print and read out (each bar has a <title>).

const SVG = 'http://www.w3.org/2000/svg';

function node(name, attributes = {}, text) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) {
    element.setAttribute(key, String(value));
  }
  if (text !== undefined) {
    element.textContent = text;
  }
  return element;
}

/**
 * Grouped bars: one group per category (a gate), one bar per series (a figure).
 * options: { categories: [label], series: [{ name, color, values: [number|null] }], max, format(value),
 *            target: { value, label } }
 */
export function barChart({ categories, series, max, format = String, target, title }) {
  const width = 520;
  const height = 240;
  const crowded = categories.length > 4;
  const margin = { top: 28, right: 12, bottom: crowded ? 88 : 44, left: crowded ? 56 : 12 };
  const plotHeight = height - margin.top - margin.bottom;
  const values = series.flatMap((s) => s.values).filter((v) => typeof v === 'number');
  const top = max ?? Math.max(1, ...values, target?.value ?? 0);
  const y = (value) => margin.top + plotHeight - (Math.max(0, value) / top) * plotHeight;
  const groupWidth = (width - margin.left - margin.right) / Math.max(1, categories.length);
  const barWidth = Math.min(48, (groupWidth * 0.8) / Math.max(1, series.length));

  const svg = node('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'chart' });
  svg.append(node('title', {}, title));
  svg.append(node('line', {
    x1: margin.left, x2: width - margin.right, y1: y(0), y2: y(0), class: 'axis',
  }));

  categories.forEach((category, c) => {
    const groupX = margin.left + c * groupWidth + (groupWidth - barWidth * series.length) / 2;
    series.forEach((s, i) => {
      const value = s.values[c];
      const x = groupX + i * barWidth;
      const barTop = typeof value === 'number' ? y(value) : y(0);
      const bar = node('rect', {
        x: x + 2, y: barTop, width: barWidth - 4, height: Math.max(0, y(0) - barTop),
        fill: s.color, class: 'bar',
      });
      bar.append(node('title', {}, `${category} — ${s.name}: ${format(value)}`));
      svg.append(bar);
      svg.append(node('text', {
        x: x + barWidth / 2, y: barTop - 4, 'text-anchor': 'middle', class: 'bar-label',
      }, format(value)));
    });
    const labelX = margin.left + c * groupWidth + groupWidth / 2;
    const labelY = height - margin.bottom + 16;
    // Many categories (findings by category): slanted, so long names do not run into each other.
    svg.append(node('text', crowded
      ? { x: labelX, y: labelY - 4, 'text-anchor': 'end', class: 'category', transform: `rotate(-30 ${labelX} ${labelY - 4})` }
      : { x: labelX, y: labelY, 'text-anchor': 'middle', class: 'category' }, category));
  });

  if (target) {
    svg.append(node('line', {
      x1: margin.left, x2: width - margin.right, y1: y(target.value), y2: y(target.value), class: 'target',
    }));
  }

  // The legend, along the bottom: each series, then the target line (its label would cover the bars' own).
  let legendX = margin.left;
  for (const s of series) {
    svg.append(node('rect', { x: legendX, y: height - 16, width: 10, height: 10, fill: s.color }));
    svg.append(node('text', { x: legendX + 14, y: height - 7, class: 'legend' }, s.name));
    legendX += 24 + s.name.length * 6.5;
  }
  if (target) {
    svg.append(node('line', { x1: legendX, x2: legendX + 16, y1: height - 11, y2: height - 11, class: 'target' }));
    svg.append(node('text', { x: legendX + 20, y: height - 7, class: 'target-label' }, target.label));
  }
  return svg;
}
