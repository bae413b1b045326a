// The department's KPI board: the quarter at the gates, read from the four services' statistics endpoints with a
// DASHBOARD token. States: sign-in, refusal (403), the board; a 401 anywhere sends back to sign-in.

import { applyLabels, formatCount, formatPercent, language, languageSwitch, setLanguage, t } from '../common/i18n.js';
import { isQuarter, lastFullQuarter, quarterRange, recentQuarters } from '../common/period.js';
import { loadConfig } from '../common/config.js';
import { barChart } from '../common/charts.js';
import { ApiError, apiUrl, getJson, serviceName } from './api.js';
import { currentToken, finishSignIn, forgetToken, keepToken, startSignIn, takeTokenFromFragment } from './auth.js';
import { ALL, FIGURES, FINDING_CATEGORIES, SECTIONS, STATISTICS, valueAt } from './figures.js';
import { closePanel, openPanel } from './panel.js';

const $ = (id) => document.getElementById(id);
const SERVICES = ['declarations', 'staffing', 'hotline', 'inspections'];
const COLORS = { a: '#1f5fa8', b: '#e0a21b', c: '#c0392b', d: '#3a9d5d', e: '#7d5ba6' };

const state = { config: null, quarter: null, gates: [], data: null, errors: [], loading: 0 };

function show(view, { reason } = {}) {
  for (const id of ['signin', 'refused', 'board']) {
    $(id).hidden = id !== view;
  }
  $('signout').hidden = view !== 'board' && view !== 'refused';
  $('message').hidden = true;
  if (view !== 'board') {
    closePanel();
  }
  if (view === 'signin') {
    $('signin-reason').hidden = !reason;
    $('signin-reason').textContent = reason ?? '';
    $('oidc').hidden = !state.config?.oidc;
    $('token-hint').textContent = t('signin.hint', { hint: state.config?.tokenHint ?? './suite token DASHBOARD' });
  }
}

function message(text) {
  $('message').hidden = false;
  $('message').textContent = text;
}

function signInAgain() {
  forgetToken();
  state.data = null;
  show('signin', { reason: t('signin.expired') });
}

function quarterLabel(quarter) {
  const { q, year, toDate } = quarterRange(quarter);
  return t('period.quarter', { q, y: year }) + (toDate ? ` (${t('period.toDate')})` : '');
}

function fillPeriods() {
  const select = $('period');
  const quarters = recentQuarters(new Date(), 8);
  if (!quarters.includes(state.quarter)) {
    quarters.unshift(state.quarter);
  }
  select.replaceChildren(...quarters.map((quarter) => new Option(quarterLabel(quarter), quarter)));
  select.value = state.quarter;
  const range = quarterRange(state.quarter);
  $('period-range').textContent = t('period.range', { from: range.from, to: range.to });
}

/** Reads the gates (open SUB_DEPARTMENT units in staffing) and every statistics answer, for the department too. */
async function load() {
  const token = currentToken();
  if (!token) {
    show('signin');
    return;
  }
  const loading = ++state.loading;
  message(t('loading'));
  const period = quarterRange(state.quarter);
  try {
    const units = await getJson('staffing', apiUrl(state.config, 'staffing', '/api/v1/units', { kind: 'SUB_DEPARTMENT', limit: 200 }), token);
    // A gate closed before the period has nothing to show in it.
    const gates = units.items
      .filter((unit) => !unit.closedOn || unit.closedOn >= period.from)
      .map((unit) => ({ code: unit.code, name: unit.name }));
    const requests = [];
    for (const gate of [ALL, ...gates.map((g) => g.code)]) {
      for (const service of SERVICES) {
        const [path, params] = STATISTICS[service](gate, period);
        requests.push(getJson(service, apiUrl(state.config, service, path, params), token)
          .then((answer) => ({ gate, service, answer })));
      }
    }
    const results = await Promise.allSettled(requests);
    if (loading !== state.loading) {
      return; // another period was chosen meanwhile
    }
    const failures = results.filter((r) => r.status === 'rejected').map((r) => r.reason);
    if (failures.some((e) => e instanceof ApiError && e.status === 401)) {
      signInAgain();
      return;
    }
    if (failures.some((e) => e instanceof ApiError && e.status === 403)) {
      show('refused');
      return;
    }
    const data = {};
    for (const result of results.filter((r) => r.status === 'fulfilled')) {
      const { gate, service, answer } = result.value;
      (data[gate] ??= {})[service] = answer;
    }
    state.gates = gates;
    state.data = data;
    state.errors = [...new Set(failures.map((e) => t('error.service', { service: serviceName(e.service), detail: e.message })))];
    show('board');
    render();
  } catch (e) {
    if (loading !== state.loading) {
      return;
    }
    if (e instanceof ApiError && e.status === 401) {
      signInAgain();
    } else if (e instanceof ApiError && e.status === 403) {
      show('refused');
    } else {
      message(t('error.service', { service: serviceName(e.service ?? 'staffing'), detail: e.message }));
    }
  }
}

function figureValue(figure, gate) {
  return valueAt(state.data?.[gate]?.[figure.service], figure.path);
}

function gateName(gate) {
  return gate === ALL ? t('dept') : state.gates.find((g) => g.code === gate)?.name ?? gate;
}

/** One figure as a button: its value, its target state, and a click that opens the list behind it. */
function figureButton(figure, gate, { big = false } = {}) {
  const value = figureValue(figure, gate);
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
  button.addEventListener('click', () => openPanel({
    config: state.config,
    token: currentToken(),
    title: `${t(figure.label)} — ${gateName(gate)} — ${quarterLabel(state.quarter)}`,
    list: figure.list(gate, quarterRange(state.quarter)),
    onUnauthorized: signInAgain,
  }));
  return button;
}

function renderSummary() {
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
      row.append(label, figureButton(figure, ALL, { big: true }));
      if (figure.target !== undefined) {
        row.append(gauge(figureValue(figure, ALL), figure.target));
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

function renderCharts() {
  const charts = $('charts');
  charts.replaceChildren();
  const columns = [...state.gates.map((g) => g.code), ALL];
  const categories = columns.map((gate) => (gate === ALL ? t('dept') : gate));
  const byId = (id) => FIGURES.find((f) => f.id === id);
  const series = (ids, colors) => ids.map((id, i) => ({
    name: t(byId(id).label), color: colors[i], values: columns.map((gate) => figureValue(byId(id), gate)),
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
      values: FINDING_CATEGORIES.map((c) => figureValue(byId(`findings.${c}`), ALL)) }],
  }));
  add('chart.rotations', barChart({
    title: t('chart.rotations'), categories, format: formatCount,
    series: series(['rotationsDone', 'rotationsDue', 'rotationsOverdue'], [COLORS.d, COLORS.b, COLORS.c]),
  }));
}

function renderTable() {
  const table = $('figures');
  table.replaceChildren();
  const columns = [...state.gates.map((g) => g.code), ALL];
  const head = table.createTHead().insertRow();
  head.append(document.createElement('th'));
  for (const gate of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = gateName(gate);
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
        row.insertCell().append(figureButton(figure, gate));
      }
    }
  }
}

function render() {
  applyLabels();
  document.title = t('board.title');
  if (state.quarter) {
    fillPeriods();
  }
  if (!$('signin').hidden) {
    show('signin', { reason: $('signin-reason').hidden ? undefined : $('signin-reason').textContent });
  }
  if (state.data && !$('board').hidden) {
    $('errors').hidden = state.errors.length === 0;
    $('errors').textContent = state.errors.join(' · ');
    renderSummary();
    renderCharts();
    renderTable();
    // Which period the figures on screen are of: scripts and tests wait for it after a change.
    $('board').dataset.quarter = state.quarter;
  }
}

async function main() {
  // First of all, so that the token leaves the address bar before anything else happens.
  takeTokenFromFragment();
  setLanguage(language());
  languageSwitch($('languages'), render);
  applyLabels();
  const requested = new URLSearchParams(location.search).get('quarter');
  state.quarter = isQuarter(requested) ? requested : lastFullQuarter();
  fillPeriods();
  try {
    state.config = await loadConfig();
  } catch (e) {
    message(t('error.config', { detail: e.message }));
    return;
  }
  $('period').addEventListener('change', () => {
    state.quarter = $('period').value;
    const url = new URL(location.href);
    url.searchParams.set('quarter', state.quarter);
    history.replaceState(null, '', url.pathname + url.search);
    fillPeriods();
    closePanel();
    load();
  });
  $('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    keepToken($('token-input').value);
    $('token-input').value = '';
    load();
  });
  $('oidc-signin').addEventListener('click', () => startSignIn(state.config.oidc));
  $('refused-signin').addEventListener('click', () => { forgetToken(); show('signin'); });
  $('signout').addEventListener('click', () => { forgetToken(); state.data = null; show('signin'); });
  document.querySelector('#panel .panel-close').addEventListener('click', closePanel);
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape') closePanel(); });

  try {
    await finishSignIn(state.config.oidc);
  } catch (e) {
    show('signin', { reason: t('signin.failed', { detail: e.message }) });
    return;
  }
  await load();
}

main();
