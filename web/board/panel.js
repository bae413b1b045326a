// The list behind a figure: a side panel that reads the service's list endpoint with the board's token and
// follows its `next` links on demand.

import { t } from '../common/i18n.js';
import { ApiError, apiUrl, getJson, serviceName } from './api.js';

const COLUMNS = {
  declarations: ['number', 'status', 'channel', 'gateCode', 'clock.state'],
  reports: ['receivedAt', 'kind', 'category', 'unitCode', 'status', 'deadlineState'],
  inspections: ['decisionNumber', 'type', 'status', 'unitCode', 'plannedStart', 'startedOn', 'scope'],
  standings: ['officerName', 'unitCode', 'postTitle', 'rotationDate', 'standing', 'exemption'],
  postings: ['officerName', 'unitCode', 'postTitle', 'validFrom', 'kind', 'decisionNumber'],
  cases: ['unitCode', 'violationDate', 'reason', 'accountableHeadOfficerId', 'status'],
};

const cell = (item, path) => path.split('.').reduce((v, k) => (v == null ? v : v[k]), item);

export function openPanel({ config, token, title, list, onUnauthorized }) {
  const panel = document.getElementById('panel');
  const body = panel.querySelector('.panel-body');
  panel.querySelector('.panel-title').textContent = title;
  panel.querySelector('.panel-close').textContent = t('panel.close');
  body.replaceChildren();
  panel.hidden = false;
  panel.querySelector('.panel-close').focus();

  const url = apiUrl(config, list.service, list.path, list.params);
  const source = document.createElement('p');
  source.className = 'panel-source';
  source.textContent = t('panel.source', { url }) + (list.keep ? ` ${t('panel.filtered')}` : '');
  const table = document.createElement('table');
  table.className = 'list';
  const head = table.createTHead().insertRow();
  for (const column of COLUMNS[list.kind]) {
    const th = document.createElement('th');
    th.textContent = t(`col.${column}`);
    head.append(th);
  }
  const rows = table.createTBody();
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'panel-more';
  more.textContent = t('panel.more');
  more.hidden = true;
  const status = document.createElement('p');
  status.className = 'panel-status';
  body.append(source, status, table, more);

  const load = async (pageUrl) => {
    more.hidden = true;
    status.textContent = t('loading');
    try {
      const answer = await getJson(list.service, pageUrl, token);
      const items = (Array.isArray(answer) ? answer : answer.items ?? []).filter(list.keep ?? (() => true));
      for (const item of items) {
        const row = rows.insertRow();
        row.className = 'list-item';
        for (const column of COLUMNS[list.kind]) {
          const value = cell(item, column);
          row.insertCell().textContent = value == null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
        }
      }
      status.textContent = rows.rows.length === 0 && !answer.next ? t('panel.empty') : '';
      if (answer.next) {
        more.hidden = false;
        more.onclick = () => load(new URL(answer.next, config.services[list.service]).toString());
      }
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        onUnauthorized();
        return;
      }
      status.className = 'panel-status refused';
      status.textContent = e instanceof ApiError && e.status === 403
        ? t('panel.refused', { service: serviceName(list.service) })
        : t('error.service', { service: serviceName(list.service), detail: e.message });
    }
  };
  load(url);
}

export function closePanel() {
  document.getElementById('panel').hidden = true;
}
