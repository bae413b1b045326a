// The board's views of the figures: the department's summary with gauges, the charts by gate, and the table of
// every figure by gate. Each figure is a button that opens the list behind it (`onFigure`).

import { formatCount, formatPercent, t } from '../common/i18n.js';
import { barChart } from '../common/charts.js';
import { ALL, FIGURES, FINDING_CATEGORIES, SECTIONS, valueAt } from './figures.js';

const $ = (id) => document.getElementById(id);
const COLORS = { a: '#1f5fa8', b: '#e0a21b', c: '#c0392b', d: '#3a9d5d', e: '#7d5ba6' };

function figureValue(state, figure, gate) {
  return valueAt(state.data?.[gate]?.[figure.service], figure.path);
}

export function gateName(state, gate) {
  return gate === ALL ? t('dept') : state.gates.find((g) => g.code === gate)?.name ?? gate;
}

/** One figure as a button: its value, its target state, and a click that opens the list behind it. */
function figureButton(view, figure, gate, { big = false } = {}) {
  const value = figureValue(view.state, figure, gate);
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `figure${big ? ' big' : ''}`;
  button.dataset.figure = figure.id;
  button.dataset.gate = gate;
  button.dataset.value = value == null ? '' : String(value);
  button.textContent = figure.format === 'percent' ? formatPercent(value) : formatCount(value);
  if (figure.target !== undefined && typeof value === 'number') {
    const met = value >= figure.target;
    button.classList.add(met ? 'met' : 'missed');
    button.title = `${t('target', { value: formatPercent(figure.target) })}: ${t(met ? 'target.met' : 'target.missed')}`;
  } else if (figure.alert && value > 0) {
    button.classList.add('alert');
  }
  button.addEventListener('click', () => view.onFigure(figure, gate));
  return button;
}

function renderSummary(view) {
  const summary = $('summary');
  summary.replaceChildren();
  for (const section of SECTIONS) {
    const card = document.createElement('div');
    card.className = `card kpi ${section}`;
    const heading = document.createElement('h3');
    heading.textContent = t(`section.${section}`);
    card.append(heading);
    for (const figure of FIGURES.filter((f) => f.section === section && !f.indent)) {
      const row = document.createElement('div');
      row.className = 'kpi-row';
      const label = document.createElement('span');
      label.className = 'kpi-label';
      label.textContent = t(figure.label);
      row.append(label, figureButton(view, figure, ALL, { big: true }));
      if (figure.target !== undefined) {
        row.append(gauge(figureValue(view.state, figure, ALL), figure.target));
      }
      card.append(row);
    }
    summary.append(card);
  }
}

/** A bar from 0 to 100% with the target marked. */
function gauge(value, target) {
  const bar = document.createElement('div');
  bar.className = 'gauge';
  const fill = document.createElement('div');
  fill.className = `gauge-fill ${typeof value === 'number' && value >= target ? 'met' : 'missed'}`;
  fill.style.width = `${Math.max(0, Math.min(100, value ?? 0))}%`;
  const mark = document.createElement('div');
  mark.className = 'gauge-target';
  mark.style.left = `${target}%`;
  mark.title = t('target', { value: formatPercent(target) });
  bar.append(fill, mark);
  return bar;
}

function renderCharts({ state }) {
  const charts = $('charts');
  charts.replaceChildren();
  const columns = [...state.gates.map((g) => g.code), ALL];
  const categories = columns.map((gate) => (gate === ALL ? t('dept') : gate));
  const byId = (id) => FIGURES.find((f) => f.id === id);
  const series = (ids, colors) => ids.map((id, i) => ({
    name: t(byId(id).label), color: colors[i], values: columns.map((gate) => figureValue(state, byId(id), gate)),
  }));
  const add = (titleKey, svg) => {
    const figure = document.createElement('figure');
    figure.className = 'card chart-card';
    const caption = document.createElement('figcaption');
    caption.textContent = t(titleKey);
    figure.append(caption, svg);
    charts.append(figure);
  };
  add('chart.electronic', barChart({
    title: t('chart.electronic'), categories, series: series(['electronicShare'], [COLORS.a]), max: 100,
    format: formatPercent, target: { value: 90, label: t('target', { value: formatPercent(90) }) },
  }));
  add('chart.onTime', barChart({
    title: t('chart.onTime'), categories, series: series(['onTimeShare'], [COLORS.d]), max: 100,
    format: formatPercent, target: { value: 100, label: t('target', { value: formatPercent(100) }) },
  }));
  add('chart.reports', barChart({
    title: t('chart.reports'), categories, format: formatCount,
    series: series(['reportsReceived', 'reportsOpen', 'reportsOverdue'], [COLORS.a, COLORS.b, COLORS.c]),
  }));
  add('chart.inspections', barChart({
    title: t('chart.inspections'), categories, format: formatCount,
    series: series(['thematic', 'surprise', 'targeted'], [COLORS.a, COLORS.e, COLORS.b]),
  }));
  add('chart.findings', barChart({
    title: t('chart.findings'), categories: FINDING_CATEGORIES.map((c) => t(`cat.${c}`)), format: formatCount,
    series: [{ name: t('fig.findings'), color: COLORS.c,
      values: FINDING_CATEGORIES.map((c) => figureValue(state, byId(`findings.${c}`), ALL)) }],
  }));
  add('chart.rotations', barChart({
    title: t('chart.rotations'), categories, format: formatCount,
    series: series(['rotationsDone', 'rotationsDue', 'rotationsOverdue'], [COLORS.d, COLORS.b, COLORS.c]),
  }));
}

function renderTable(view) {
  const { state } = view;
  const table = $('figures');
  table.replaceChildren();
  const columns = [...state.gates.map((g) => g.code), ALL];
  const head = table.createTHead().insertRow();
  head.append(document.createElement('th'));
  for (const gate of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = gateName(state, gate);
    th.dataset.gate = gate;
    head.append(th);
  }
  const body = table.createTBody();
  for (const section of SECTIONS) {
    const sectionRow = body.insertRow();
    sectionRow.className = 'section-row';
    const cell = document.createElement('th');
    cell.colSpan = columns.length + 1;
    cell.textContent = t(`section.${section}`);
    sectionRow.append(cell);
    for (const figure of FIGURES.filter((f) => f.section === section)) {
      const row = body.insertRow();
      const label = document.createElement('th');
      label.scope = 'row';
      label.className = figure.indent ? 'indent' : '';
      label.textContent = t(figure.label) + (figure.target !== undefined ? ` (${t('target', { value: formatPercent(figure.target) })})` : '');
      row.append(label);
      for (const gate of columns) {
        row.insertCell().append(figureButton(view, figure, gate));
      }
    }
  }
}

/** Draws the summary, the charts and the table of `view.state`; `view.onFigure(figure, gate)` opens a list. */
export function renderBoard(view) {
  renderSummary(view);
  renderCharts(view);
  renderTable(view);
}
