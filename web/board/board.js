// The department's KPI board: the quarter at the gates, read from the four services' statistics endpoints with a
// DASHBOARD token. States: sign-in, refusal (403), the board; a 401 anywhere sends back to sign-in.

import { applyLabels, language, languageSwitch, setLanguage, t } from '../common/i18n.js';
import { isQuarter, lastFullQuarter, quarterRange, recentQuarters } from '../common/period.js';
import { loadConfig } from '../common/config.js';
import { ApiError, apiUrl, getJson, serviceName } from './api.js';
import { currentToken, finishSignIn, forgetToken, keepToken, startSignIn, takeTokenFromFragment } from './auth.js';
import { ALL, STATISTICS } from './figures.js';
import { closePanel, openPanel } from './panel.js';
import { gateName, renderBoard } from './views.js';

const $ = (id) => document.getElementById(id);
const SERVICES = ['declarations', 'staffing', 'hotline', 'inspections'];

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

/** The list behind a figure, in the side panel, read with the same token. */
function openList(figure, gate) {
  openPanel({
    config: state.config,
    token: currentToken(),
    title: `${t(figure.label)} — ${gateName(state, gate)} — ${quarterLabel(state.quarter)}`,
    list: figure.list(gate, quarterRange(state.quarter)),
    onUnauthorized: signInAgain,
  });
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
    renderBoard({ state, onFigure: openList });
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
