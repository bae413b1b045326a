// The department's published figures: no account, per gate and quarter, from the services' token-less
// /api/v1/public-figures endpoints. Every figure is shown exactly as the endpoint writes it (its `display`), so a
// suppressed small count reads "< 5" here as there.

import { applyLabels, language, languageSwitch, setLanguage, t } from '../common/i18n.js';
import { isQuarter, lastFullQuarter, quarterRange, recentQuarters } from '../common/period.js';
import { loadConfig } from '../common/config.js';

const $ = (id) => document.getElementById(id);

/** The sections of the page: the service that publishes them and the figures of each gate, in order. */
const SECTIONS = [
  { service: 'declarations', label: 'public.declarations', figures: ['lodged', 'electronicShare', 'clearedWithinCharterShare'] },
  { service: 'hotline', label: 'public.hotline', figures: ['received', 'accepted', 'settledWithinTerm'] },
  { service: 'inspections', label: 'public.inspections', figures: ['thematic', 'surprise', 'targeted'] },
];

const state = { config: null, quarter: null, answers: {}, errors: [], loading: 0 };

function quarterLabel(quarter) {
  const { q, year, toDate } = quarterRange(quarter);
  return t('period.quarter', { q, y: year }) + (toDate ? ` (${t('period.toDate')})` : '');
}

function fillPeriods() {
  const quarters = recentQuarters(new Date(), 8);
  if (!quarters.includes(state.quarter)) {
    quarters.unshift(state.quarter);
  }
  $('period').replaceChildren(...quarters.map((quarter) => new Option(quarterLabel(quarter), quarter)));
  $('period').value = state.quarter;
  const range = quarterRange(state.quarter);
  $('period-range').textContent = t('period.range', { from: range.from, to: range.to });
}

async function load() {
  const loading = ++state.loading;
  $('message').hidden = false;
  $('message').textContent = t('loading');
  const answers = {};
  const errors = [];
  await Promise.all(SECTIONS.map(async ({ service }) => {
    const url = `${state.config.services[service]}/api/v1/public-figures?quarter=${encodeURIComponent(state.quarter)}`;
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' } });
      if (!response.ok) {
        const problem = await response.json().catch(() => ({}));
        throw new Error(problem.detail ?? problem.title ?? `HTTP ${response.status}`);
      }
      answers[service] = await response.json();
    } catch (e) {
      errors.push({ service, detail: e.message });
    }
  }));
  if (loading !== state.loading) {
    return;
  }
  state.answers = answers;
  state.errors = errors;
  $('message').hidden = true;
  render();
}

/** The gates any endpoint names, in the order the first one names them. */
function gates() {
  const seen = new Map();
  for (const { service } of SECTIONS) {
    for (const gate of state.answers[service]?.gates ?? []) {
      if (!seen.has(gate.gateCode)) {
        seen.set(gate.gateCode, gate.gateName ?? gate.gateCode);
      }
    }
  }
  return [...seen].map(([code, name]) => ({ code, name }));
}

function render() {
  applyLabels();
  document.title = t('public.title');
  fillPeriods();
  $('errors').hidden = state.errors.length === 0;
  $('errors').textContent = state.errors
    .map((e) => t('public.unavailable', { service: `${e.service}-service`, detail: e.detail })).join(' · ');
  const table = $('figures');
  table.replaceChildren();
  // Which quarter is on screen (also when nothing could be read): tests wait for it after a change.
  table.dataset.quarter = state.quarter;
  const columns = gates();
  if (columns.length === 0) {
    return;
  }
  const head = table.createTHead().insertRow();
  head.append(document.createElement('th'));
  for (const gate of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.dataset.gate = gate.code;
    th.textContent = gate.name;
    head.append(th);
  }
  const body = table.createTBody();
  for (const section of SECTIONS) {
    const sectionRow = body.insertRow();
    sectionRow.className = 'section-row';
    const cell = document.createElement('th');
    cell.colSpan = columns.length + 1;
    cell.textContent = t(section.label);
    sectionRow.append(cell);
    const byGate = new Map((state.answers[section.service]?.gates ?? []).map((g) => [g.gateCode, g]));
    for (const figure of section.figures) {
      const row = body.insertRow();
      const label = document.createElement('th');
      label.scope = 'row';
      label.textContent = t(`public.${figure}`);
      row.append(label);
      for (const gate of columns) {
        const value = byGate.get(gate.code)?.[figure];
        const td = row.insertCell();
        td.className = 'value';
        td.dataset.figure = `${section.service}.${figure}`;
        td.dataset.gate = gate.code;
        td.textContent = value?.display ?? t('none');
        if (value && value.count === undefined && value.share === undefined) {
          td.classList.add('suppressed');
        }
      }
    }
  }
}

async function main() {
  setLanguage(language());
  languageSwitch($('languages'), render);
  applyLabels();
  const requested = new URLSearchParams(location.search).get('quarter');
  state.quarter = isQuarter(requested) ? requested : lastFullQuarter();
  fillPeriods();
  try {
    state.config = await loadConfig();
  } catch (e) {
    $('message').hidden = false;
    $('message').textContent = t('error.config', { detail: e.message });
    return;
  }
  $('period').addEventListener('change', () => {
    state.quarter = $('period').value;
    history.replaceState(null, '', `${location.pathname}?quarter=${state.quarter}`);
    load();
  });
  await load();
}

main();
