// Quarters as the department reports them: "2026-Q3" is 1 July to 30 September 2026 (local dates).

const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isQuarter(value) {
  return QUARTER.test(value ?? '');
}

function isoDate(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The first and last day of a quarter, as ISO dates; for the quarter under way, its last day is today (`toDate`
 * true), so that "due on the last day" means today, not a day still to come.
 */
export function quarterRange(quarter, today = new Date()) {
  const [, year, q] = quarter.match(QUARTER);
  const firstMonth = (Number(q) - 1) * 3 + 1;
  const lastDay = new Date(Date.UTC(Number(year), firstMonth + 2, 0)).getUTCDate();
  const pad = (n) => String(n).padStart(2, '0');
  const to = `${year}-${pad(firstMonth + 2)}-${pad(lastDay)}`;
  const now = isoDate(today);
  return {
    from: `${year}-${pad(firstMonth)}-01`,
    to: to > now ? now : to,
    toDate: to > now,
    year: Number(year),
    q: Number(q),
  };
}

function quarterOf(date) {
  return { year: date.getFullYear(), q: Math.floor(date.getMonth() / 3) + 1 };
}

function previous({ year, q }) {
  return q === 1 ? { year: year - 1, q: 4 } : { year, q: q - 1 };
}

const name = ({ year, q }) => `${year}-Q${q}`;

/** The last quarter that has ended by `today`: the demo data's quarter. */
export function lastFullQuarter(today = new Date()) {
  return name(previous(quarterOf(today)));
}

/** The quarter under way, then the `count` quarters that have ended by `today`, newest first. */
export function recentQuarters(today = new Date(), count = 8) {
  const quarters = [name(quarterOf(today))];
  let quarter = previous(quarterOf(today));
  for (let i = 0; i < count; i++) {
    quarters.push(name(quarter));
    quarter = previous(quarter);
  }
  return quarters;
}

/** The day after an ISO date, for APIs whose `to` is exclusive. */
export function nextDay(isoDate) {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
