// Where the board's bearer token comes from: the URL fragment (#token=..., removed from the address bar at once),
// a pasted token, or an OIDC provider's authorization-code flow with PKCE (S256) when config.json names one.
// The token lives in sessionStorage: it goes when the tab closes.

const TOKEN_KEY = 'customs.board.token';
const FLOW_KEY = 'customs.board.oidc';

export function currentToken() {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function keepToken(token) {
  sessionStorage.setItem(TOKEN_KEY, token.trim().replace(/^Bearer\s+/i, ''));
}

export function forgetToken() {
  sessionStorage.removeItem(TOKEN_KEY);
}

/** Takes a token from #token=... and removes it from the address bar (and so from the history). */
export function takeTokenFromFragment() {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const token = fragment.get('token');
  if (!token) {
    return false;
  }
  keepToken(token);
  history.replaceState(null, '', location.pathname + location.search);
  return true;
}

function base64Url(bytes) {
  return btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function randomString() {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

function endpoints(oidc) {
  const issuer = oidc.issuer.replace(/\/+$/, '');
  // Keycloak's paths under the issuer, unless config.json names the endpoints.
  return {
    authorization: oidc.authorizationEndpoint ?? `${issuer}/protocol/openid-connect/auth`,
    token: oidc.tokenEndpoint ?? `${issuer}/protocol/openid-connect/token`,
  };
}

function redirectUri() {
  return location.origin + location.pathname;
}

/** Sends the browser to the provider's sign-in page; it comes back with ?code=...&state=... */
export async function startSignIn(oidc) {
  const verifier = randomString();
  const state = randomString();
  const challenge = base64Url(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  sessionStorage.setItem(FLOW_KEY, JSON.stringify({ verifier, state, search: location.search }));
  const url = new URL(endpoints(oidc).authorization);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: oidc.clientId,
    redirect_uri: redirectUri(),
    scope: oidc.scope,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
}

/**
 * Finishes the flow when the provider sent the browser back: exchanges the code for a token. Returns false when
 * this load is no such return; throws with the provider's reason when it failed.
 */
export async function finishSignIn(oidc) {
  const query = new URLSearchParams(location.search);
  if (!oidc || (!query.has('code') && !query.has('error')) || !query.has('state')) {
    return false;
  }
  const flow = JSON.parse(sessionStorage.getItem(FLOW_KEY) ?? 'null');
  sessionStorage.removeItem(FLOW_KEY);
  history.replaceState(null, '', location.pathname + (flow?.search ?? ''));
  if (query.has('error')) {
    throw new Error(query.get('error_description') ?? query.get('error'));
  }
  if (!flow || flow.state !== query.get('state')) {
    throw new Error('state mismatch');
  }
  const response = await fetch(endpoints(oidc).token, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: query.get('code'),
      redirect_uri: redirectUri(),
      client_id: oidc.clientId,
      code_verifier: flow.verifier,
    }),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok || !answer.access_token) {
    throw new Error(answer.error_description ?? answer.error ?? `HTTP ${response.status}`);
  }
  keepToken(answer.access_token);
  return true;
}
