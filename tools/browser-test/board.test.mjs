// The KPI board and the published figures in headless Chromium, against a running ./suite up:
//   node tools/browser-test/board.test.mjs [--screenshot docs/board.png]
// Every figure on the board is compared with the one the API gives for the same gate and quarter. Prints each
// check, ends with "N passed, M failed", exits non-zero on any failure.
// Settings (environment): the SUITE_* variables of the suite under test (SUITE_HTTP_HOST, SUITE_BOARD_PORT,
// SUITE_DECLARATIONS_PORT, ..., SUITE_HOME: tokens come from ./suite token), CHROMIUM (default /usr/bin/chromium),
// BOARD_TEST_PUBLIC_FIXTURES=1 to check the public page against tools/browser-test/fixtures instead of the
// services' /api/v1/public-figures.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const env = process.env;
const host = !env.SUITE_HTTP_HOST || env.SUITE_HTTP_HOST === '0.0.0.0' ? '127.0.0.1' : env.SUITE_HTTP_HOST;
const BOARD = `http://${host}:${env.SUITE_BOARD_PORT ?? 8080}`;
const API = {
  declarations: `http://${host}:${env.SUITE_DECLARATIONS_PORT ?? 8081}`,
  staffing: `http://${host}:${env.SUITE_STAFFING_PORT ?? 8082}`,
  hotline: `http://${host}:${env.SUITE_HOTLINE_PORT ?? 8083}`,
  inspections: `http://${host}:${env.SUITE_INSPECTIONS_PORT ?? 8084}`,
};
const screenshotAt = process.argv.indexOf('--screenshot');
const screenshot = screenshotAt > 0 ? resolve(process.cwd(), process.argv[screenshotAt + 1]) : null;
const useFixtures = env.BOARD_TEST_PUBLIC_FIXTURES === '1';

// What the board must show, and where each figure comes from: independent of the page's own table of figures.
const FIGURES = {
  declarations: ['declarations', 'declarations'],
  electronicShare: ['declarations', 'electronicShare'],
  onTimeShare: ['declarations', 'onTimeShare'],
  reportsReceived: ['hotline', 'received'],
  reportsOpen: ['hotline', 'open'],
  reportsOverdue: ['hotline', 'openByDeadlineState.BREACHED'],
  thematic: ['inspections', 'byType.THEMATIC'],
  surprise: ['inspections', 'byType.SURPRISE'],
  targeted: ['inspections', 'byType.TARGETED'],
  findings: ['inspections', 'findings'],
  ...Object.fromEntries(['UNIFORM', 'NAME_BADGE', 'CONDUCT', 'PROCEDURE', 'DELAY', 'BRIBERY', 'OTHER']
    .map((c) => [`findings.${c}`, ['inspections', `findingsByCategory.${c}`]])),
  headsHeldAccountable: ['inspections', 'headsHeldAccountable'],
  rotationsDone: ['staffing', 'moves'],
  rotationsDue: ['staffing', 'officersDue'],
  rotationsOverdue: ['staffing', 'officersOverdue'],
};
const PERCENT = new Set(['electronicShare', 'onTimeShare']);
const GATES = ['HUU_NGHI', 'COC_NAM', 'CHI_MA'];

let passed = 0;
let failed = 0;
async function check(name, body) {
  try {
    const note = await body();
    passed++;
    console.log(`ok - ${name}${note ? ` (${note})` : ''}`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${name}\n    ${String(e.stack ?? e).split('\n').slice(0, 4).join('\n    ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function token(...args) {
  return execFileSync(join(root, 'suite'), ['token', ...args], { cwd: root, env, encoding: 'utf8' }).trim();
}

async function api(service, path, params, bearer) {
  const url = new URL(API[service] + path);
  for (const [k, v] of Object.entries(params)) if (v) url.searchParams.set(k, v);
  const response = await fetch(url, { headers: bearer ? { Authorization: `Bearer ${bearer}` } : {} });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

function quarterRange(quarter) {
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  const last = new Date(Date.UTC(year, q * 3, 0)).getUTCDate();
  const pad = (n) => String(n).padStart(2, '0');
  return { from: `${year}-${pad(q * 3 - 2)}-01`, to: `${year}-${pad(q * 3)}-${pad(last)}` };
}
function previousQuarter(quarter) {
  const [year, q] = [Number(quarter.slice(0, 4)), Number(quarter.slice(6))];
  return q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`;
}
const now = new Date();
const lastFullQuarter = previousQuarter(`${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`);

/** The statistics answers of every service for the department (ALL) and each gate, as the API gives them. */
async function statistics(quarter, dashboard) {
  const { from, to } = quarterRange(quarter);
  const answers = {};
  for (const gate of ['ALL', ...GATES]) {
    const g = gate === 'ALL' ? '' : gate;
    answers[gate] = {
      declarations: await api('declarations', '/api/v1/statistics', { from, to, gate: g }, dashboard),
      staffing: await api('staffing', '/api/v1/statistics', { from, to, unit: g }, dashboard),
      hotline: await api('hotline', '/api/v1/statistics/reports', { from, to, unit: g }, dashboard),
      inspections: await api('inspections', '/api/v1/inspection-statistics', { from, to, unit: g }, dashboard),
    };
  }
  return answers;
}
const at = (answer, path) => path.split('.').reduce((v, k) => (v == null ? undefined : v[k]), answer);

/** Compares every figure of the board's table with the API's; returns how many were compared. */
async function compareFigures(page, answers) {
  const shown = await page.$$eval('#figures .figure', (buttons) => buttons.map((b) => ({
    figure: b.dataset.figure, gate: b.dataset.gate, value: b.dataset.value, text: b.textContent,
  })));
  const lang = await page.evaluate(() => document.documentElement.lang);
  let compared = 0;
  for (const [figure, [service, path]] of Object.entries(FIGURES)) {
    for (const gate of ['ALL', ...GATES]) {
      const expected = at(answers[gate][service], path);
      const cell = shown.find((s) => s.figure === figure && s.gate === gate);
      assert(cell, `the board shows no ${figure} for ${gate}`);
      assert(cell.value === (expected == null ? '' : String(expected)),
        `${figure} at ${gate}: the board says ${cell.value}, the API ${expected}`);
      const written = await page.evaluate(([value, percent, language]) => {
        if (typeof value !== 'number') return '—';
        const locale = language === 'vi' ? 'vi-VN' : 'en-US';
        return percent
          ? new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value / 100)
          : new Intl.NumberFormat(locale).format(value);
      }, [expected, PERCENT.has(figure), lang]);
      assert(cell.text === written, `${figure} at ${gate} reads "${cell.text}", expected "${written}"`);
      compared++;
    }
  }
  return compared;
}

async function openBoard(context, bearer, quarter) {
  const page = await context.newPage();
  const query = quarter ? `?quarter=${quarter}` : '';
  await page.goto(`${BOARD}/board/${query}${bearer ? `#token=${encodeURIComponent(bearer)}` : ''}`);
  return page;
}

const browser = await chromium.launch({ executablePath: env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const dashboard = token('DASHBOARD');
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'vi-VN' });
  const page = await openBoard(context, dashboard);
  let defaultAnswers;

  await check('the board loads the last full quarter from the demo data', async () => {
    await page.waitForSelector(`#board[data-quarter="${lastFullQuarter}"]`, { timeout: 30000 });
    assert(!page.url().includes('token='), `the token stayed in the address bar: ${page.url()}`);
    assert(await page.inputValue('#period') === lastFullQuarter, 'the period picker is not on the last full quarter');
    defaultAnswers = await statistics(lastFullQuarter, dashboard);
    const declarations = defaultAnswers.ALL.declarations.declarations;
    const inspections = defaultAnswers.ALL.inspections.inspections;
    assert(declarations > 0 && inspections > 0, `no demo data: ${declarations} declarations, ${inspections} inspections`);
    return `${lastFullQuarter}: ${declarations} declarations, ${inspections} inspections`;
  });

  await check('every gate of the data has a column', async () => {
    const units = await api('staffing', '/api/v1/units', { kind: 'SUB_DEPARTMENT', limit: '200' }, dashboard);
    const columns = await page.$$eval('#figures thead th[data-gate]', (ths) => ths.map((th) => th.dataset.gate));
    for (const unit of units.items) assert(columns.includes(unit.code), `no column for ${unit.code}`);
    for (const gate of GATES) assert(columns.includes(gate), `no column for ${gate}`);
    return columns.join(', ');
  });

  await check('every figure on the board equals the API\'s', async () => {
    const compared = await compareFigures(page, defaultAnswers);
    const summary = await page.$$eval('#summary .figure', (b) => b.map((x) => `${x.dataset.figure}=${x.dataset.value}`));
    for (const entry of summary) {
      const [figure, value] = entry.split('=');
      const [service, path] = FIGURES[figure];
      const expected = at(defaultAnswers.ALL[service], path);
      assert(value === (expected == null ? '' : String(expected)), `summary ${figure}: ${value} vs ${expected}`);
    }
    return `${compared} figures in the table, ${summary.length} in the summary`;
  });

  await check('the charts are drawn', async () => {
    const charts = await page.$$eval('#charts svg.chart', (svgs) => svgs.map((s) => s.querySelectorAll('rect.bar').length));
    assert(charts.length === 6 && charts.every((bars) => bars > 0), `charts: ${charts}`);
    return `${charts.length} charts, ${charts.reduce((a, b) => a + b, 0)} bars`;
  });

  await check('the period picker changes the figures to another quarter\'s', async () => {
    const other = previousQuarter(lastFullQuarter);
    await page.selectOption('#period', other);
    await page.waitForSelector(`#board[data-quarter="${other}"]`, { timeout: 30000 });
    const answers = await statistics(other, dashboard);
    const compared = await compareFigures(page, answers);
    const before = defaultAnswers.ALL.declarations.declarations;
    const after = answers.ALL.declarations.declarations;
    assert(before !== after, `both quarters have ${before} declarations: the picker would show no change`);
    assert(new URL(page.url()).searchParams.get('quarter') === other, 'the address does not keep the quarter');
    await page.selectOption('#period', lastFullQuarter);
    await page.waitForSelector(`#board[data-quarter="${lastFullQuarter}"]`, { timeout: 30000 });
    return `${other}: ${after} declarations against ${before}; ${compared} figures compared`;
  });

  await check('a figure opens the list behind it', async () => {
    await page.click('#figures .figure[data-figure="thematic"][data-gate="HUU_NGHI"]');
    await page.waitForSelector('#panel:not([hidden]) .panel-title');
    const { from, to } = quarterRange(lastFullQuarter);
    const list = await api('inspections', '/api/v1/inspections',
      { unit: 'HUU_NGHI', type: 'THEMATIC', from, to, limit: '200' }, dashboard);
    await page.waitForFunction(() => document.querySelector('#panel .panel-status').textContent === '');
    const rows = await page.$$eval('#panel tr.list-item', (r) => r.length);
    assert(rows === list.items.length && rows > 0, `the panel lists ${rows}, the API ${list.items.length}`);
    await page.click('#panel .panel-close');
    return `${rows} thematic inspections at HUU_NGHI`;
  });

  await check('a list the role may not read says so in the panel', async () => {
    await page.click('#figures .figure[data-figure="declarations"][data-gate="HUU_NGHI"]');
    await page.waitForSelector('#panel .panel-status.refused');
    const text = await page.textContent('#panel .panel-status');
    assert(text.includes('403'), text);
    await page.keyboard.press('Escape');
    return text.slice(0, 60);
  });

  await check('the language switch changes the labels, and the choice is remembered', async () => {
    assert(await page.textContent('h1') === 'Bảng chỉ số của Cục Hải quan', 'not Vietnamese by default');
    await page.click('.lang[data-lang="en"]');
    assert(await page.textContent('h1') === 'Customs department KPI board', 'no English title');
    const heading = await page.textContent('#figures thead th[data-gate="ALL"]');
    assert(heading === 'Department', `column heading ${heading}`);
    await compareFigures(page, defaultAnswers); // numbers now written the English way
    await page.reload();
    await page.waitForSelector(`#board[data-quarter="${lastFullQuarter}"]`, { timeout: 30000 });
    assert(await page.textContent('h1') === 'Customs department KPI board', 'English was forgotten on reload');
    await page.click('.lang[data-lang="vi"]');
    assert(await page.textContent('h1') === 'Bảng chỉ số của Cục Hải quan', 'not back to Vietnamese');
    return 'vi → en → (reload) en → vi';
  });

  if (screenshot) {
    await check(`screenshot of the board written to ${screenshot}`, async () => {
      await page.screenshot({ path: screenshot, fullPage: true });
    });
  }

  await check('a user without the DASHBOARD role sees a clear refusal, in both languages', async () => {
    const other = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    const refused = await openBoard(other, token('DECLARANT', '--claim', 'tax_id=0101234567'));
    await refused.waitForSelector('#refused:not([hidden])', { timeout: 30000 });
    const vi = await refused.textContent('#refused h2');
    assert(vi === 'Bạn không có quyền xem bảng chỉ số', vi);
    await refused.click('.lang[data-lang="en"]');
    const en = await refused.textContent('#refused h2');
    assert(en === 'You may not see the KPI board', en);
    assert(await refused.isHidden('#board'), 'the board is shown to him');
    await other.close();
    return `"${vi}" / "${en}"`;
  });

  await check('an invalid or expired token sends back to sign-in', async () => {
    const other = await browser.newContext();
    const expired = await openBoard(other, 'eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl');
    await expired.waitForSelector('#signin:not([hidden]) #signin-reason:not([hidden])', { timeout: 30000 });
    const hint = await expired.textContent('#token-hint');
    assert(hint.includes('./suite token DASHBOARD'), hint);
    await expired.fill('#token-input', dashboard);
    await expired.click('#token-form button[type="submit"]');
    await expired.waitForSelector(`#board[data-quarter="${lastFullQuarter}"]`, { timeout: 30000 });
    await other.close();
    return 'then a pasted DASHBOARD token shows the board';
  });

  await check(`the public page shows the published figures as the endpoints give them${useFixtures ? ' (fixtures)' : ''}`, async () => {
    const other = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    const expected = {};
    for (const service of ['declarations', 'hotline', 'inspections']) {
      expected[service] = useFixtures
        ? JSON.parse(readFileSync(join(here, 'fixtures', `${service}.json`), 'utf8'))
        : await api(service, '/api/v1/public-figures', { quarter: lastFullQuarter });
    }
    const publicPage = await other.newPage();
    if (useFixtures) {
      await publicPage.route('**/api/v1/public-figures?*', (route) => {
        const service = Object.keys(API).find((s) => route.request().url().startsWith(API[s]));
        route.fulfill({ contentType: 'application/json', body: JSON.stringify(expected[service]) });
      });
    }
    await publicPage.goto(`${BOARD}/public/`);
    await publicPage.waitForSelector(`#figures[data-quarter="${lastFullQuarter}"] td[data-figure]`, { timeout: 30000 });
    const shown = await publicPage.$$eval('td[data-figure]', (tds) => tds.map((td) => [td.dataset.figure, td.dataset.gate, td.textContent]));
    let compared = 0;
    let suppressed = 0;
    for (const [service, answer] of Object.entries(expected)) {
      for (const gate of answer.gates) {
        for (const [figure, value] of Object.entries(gate)) {
          if (typeof value !== 'object' || value === null) continue;
          const cell = shown.find(([f, g]) => f === `${service}.${figure}` && g === gate.gateCode);
          assert(cell, `no ${service}.${figure} for ${gate.gateCode}`);
          assert(cell[2] === value.display, `${service}.${figure} at ${gate.gateCode}: "${cell[2]}" vs "${value.display}"`);
          compared++;
          if (value.display === '< 5') suppressed++;
        }
      }
    }
    assert(compared >= 27, `only ${compared} figures compared`);
    assert(suppressed > 0, 'no suppressed figure to check "< 5" with');
    assert(shown.filter(([, , text]) => text === '< 5').length === suppressed, '"< 5" shown where no endpoint said so');
    await other.close();
    return `${compared} figures, ${suppressed} shown as "< 5"`;
  });
} finally {
  await browser.close();
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
