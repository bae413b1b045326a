// The page's configuration: where each service's API is, and the OIDC provider if any. ./suite up generates it
// for its run; the compose stack mounts deploy/board/config.json.

export async function loadConfig() {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}`);
  }
  const config = await response.json();
  for (const service of ['declarations', 'staffing', 'hotline', 'inspections']) {
    if (typeof config.services?.[service] !== 'string') {
      throw new Error(`no URL for ${service}`);
    }
    config.services[service] = config.services[service].replace(/\/+$/, '');
  }
  return config;
}
