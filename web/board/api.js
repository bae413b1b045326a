// Reading the services' APIs with the board's token. A 401 (expired or invalid token) and a 403 (a role without
// the right) are told apart, so the page can send back to sign-in or show a refusal instead of breaking.

export class ApiError extends Error {
  constructor(service, status, detail) {
    super(detail);
    this.service = service;
    this.status = status;
  }
}

const SERVICE_NAMES = {
  declarations: 'declarations-service',
  staffing: 'staffing-service',
  hotline: 'hotline-service',
  inspections: 'inspections-service',
};

export function serviceName(service) {
  return SERVICE_NAMES[service] ?? service;
}

/** The URL of `path` (with query `params`, empty ones left out) on `service`. */
export function apiUrl(config, service, path, params = {}) {
  const url = new URL(config.services[service] + path);
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      url.searchParams.set(key, value);
    }
  }
  return url.toString();
}

export async function getJson(service, url, token) {
  let response;
  try {
    response = await fetch(url, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(service, 0, e.message);
  }
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new ApiError(service, response.status, problem.detail ?? problem.title ?? `HTTP ${response.status}`);
  }
  return response.json();
}
