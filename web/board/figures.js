// Every figure the board shows: where it comes from (service and field of its statistics answer), how it is
// written, its target if any, and the list behind it (the service's list endpoint, with the same token).

import { nextDay } from '../common/period.js';

export const FINDING_CATEGORIES = ['UNIFORM', 'NAME_BADGE', 'CONDUCT', 'PROCEDURE', 'DELAY', 'BRIBERY', 'OTHER'];
export const ALL = 'ALL';

/** The statistics endpoint of each service, for a gate (or the department: ALL) and a period. */
export const STATISTICS = {
  declarations: (gate, period) => ['/api/v1/statistics', { from: period.from, to: period.to, gate: gate === ALL ? '' : gate }],
  staffing: (gate, period) => ['/api/v1/statistics', { from: period.from, to: period.to, unit: gate === ALL ? '' : gate }],
  hotline: (gate, period) => ['/api/v1/statistics/reports', { from: period.from, to: period.to, unit: gate === ALL ? '' : gate }],
  inspections: (gate, period) => ['/api/v1/inspection-statistics', { from: period.from, to: period.to, unit: gate === ALL ? '' : gate }],
};

const unitOf = (gate) => (gate === ALL ? '' : gate);
// Declarations are searched by submission instant: the period's local days in Asia/Ho_Chi_Minh.
const instants = (period) => ({ from: `${period.from}T00:00:00+07:00`, to: `${nextDay(period.to)}T00:00:00+07:00` });

const declarationsList = (extra = {}) => (gate, period) => ({
  service: 'declarations', kind: 'declarations', path: '/api/v1/declarations',
  params: { gate: unitOf(gate), ...instants(period), ...extra, limit: 50 },
});
const reportsList = (extra = {}) => (gate) => ({
  service: 'hotline', kind: 'reports', path: '/api/v1/reports', params: { unit: unitOf(gate), ...extra, limit: 50 },
});
const inspectionsList = (type) => (gate, period) => ({
  service: 'inspections', kind: 'inspections', path: '/api/v1/inspections',
  params: { unit: unitOf(gate), type, from: period.from, to: period.to, limit: 200 },
});
const standingsList = (standing) => (gate, period) => ({
  service: 'staffing', kind: 'standings', path: '/api/v1/rotation-standings',
  params: { unit: unitOf(gate), on: period.to }, keep: (item) => item.standing === standing,
});
const movesList = (gate, period) => ({
  service: 'staffing', kind: 'postings', path: '/api/v1/postings', params: { unit: unitOf(gate), on: period.to, limit: 200 },
  keep: (item) => item.validFrom >= period.from && item.validFrom <= period.to && item.kind !== 'FIRST_POSTING',
});
const accountableList = (gate) => ({
  service: 'staffing', kind: 'cases', path: '/api/v1/discipline-cases', params: { limit: 200 },
  keep: (item) => item.accountableHeadOfficerId && (gate === ALL || item.unitCode === gate),
});

/** id, label key, section, service, field path in the statistics answer, format, target (percent), list. */
export const FIGURES = [
  { id: 'declarations', label: 'fig.declarations', section: 'declarations', service: 'declarations', path: 'declarations', format: 'count', list: declarationsList() },
  { id: 'electronicShare', label: 'fig.electronicShare', section: 'declarations', service: 'declarations', path: 'electronicShare', format: 'percent', target: 90, list: declarationsList() },
  { id: 'onTimeShare', label: 'fig.onTimeShare', section: 'declarations', service: 'declarations', path: 'onTimeShare', format: 'percent', target: 100, list: declarationsList({ status: 'CLEARED' }) },
  { id: 'reportsReceived', label: 'fig.received', section: 'hotline', service: 'hotline', path: 'received', format: 'count', list: reportsList() },
  { id: 'reportsOpen', label: 'fig.open', section: 'hotline', service: 'hotline', path: 'open', format: 'count', list: reportsList() },
  { id: 'reportsOverdue', label: 'fig.overdue', section: 'hotline', service: 'hotline', path: 'openByDeadlineState.BREACHED', format: 'count', alert: true, list: reportsList() },
  { id: 'thematic', label: 'fig.thematic', section: 'inspections', service: 'inspections', path: 'byType.THEMATIC', format: 'count', list: inspectionsList('THEMATIC') },
  { id: 'surprise', label: 'fig.surprise', section: 'inspections', service: 'inspections', path: 'byType.SURPRISE', format: 'count', list: inspectionsList('SURPRISE') },
  { id: 'targeted', label: 'fig.targeted', section: 'inspections', service: 'inspections', path: 'byType.TARGETED', format: 'count', list: inspectionsList('TARGETED') },
  { id: 'findings', label: 'fig.findings', section: 'inspections', service: 'inspections', path: 'findings', format: 'count', list: inspectionsList() },
  ...FINDING_CATEGORIES.map((category) => ({
    id: `findings.${category}`, label: `cat.${category}`, section: 'inspections', service: 'inspections',
    path: `findingsByCategory.${category}`, format: 'count', indent: true, list: inspectionsList(),
  })),
  { id: 'headsHeldAccountable', label: 'fig.heads', section: 'inspections', service: 'inspections', path: 'headsHeldAccountable', format: 'count', alert: true, list: accountableList },
  { id: 'rotationsDone', label: 'fig.moves', section: 'staffing', service: 'staffing', path: 'moves', format: 'count', list: movesList },
  { id: 'rotationsDue', label: 'fig.due', section: 'staffing', service: 'staffing', path: 'officersDue', format: 'count', list: standingsList('DUE') },
  { id: 'rotationsOverdue', label: 'fig.rotationOverdue', section: 'staffing', service: 'staffing', path: 'officersOverdue', format: 'count', alert: true, list: standingsList('OVERDUE') },
];

export const SECTIONS = ['declarations', 'hotline', 'inspections', 'staffing'];

/** The value at a dotted path of a statistics answer; undefined when the service gave none. */
export function valueAt(answer, path) {
  return path.split('.').reduce((value, key) => (value == null ? undefined : value[key]), answer);
}
