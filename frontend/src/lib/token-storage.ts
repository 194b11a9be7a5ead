// The access token lives in sessionStorage: it survives a page reload but not the
// closing of the tab, which suits shared office computers.
const TOKEN_KEY = 'monev.accessToken';
const EXPIRES_AT_KEY = 'monev.accessTokenExpiresAt';

export function saveToken(accessToken: string, expiresInSeconds: number, now = Date.now()): void {
  sessionStorage.setItem(TOKEN_KEY, accessToken);
  sessionStorage.setItem(EXPIRES_AT_KEY, String(now + expiresInSeconds * 1000));
}

export function readToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export function clearToken(): void {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(EXPIRES_AT_KEY);
}

/** True when a token is stored but its lifetime, as announced at sign-in, has passed. */
export function isTokenExpired(now = Date.now()): boolean {
  const expiresAt = Number(sessionStorage.getItem(EXPIRES_AT_KEY));
  return readToken() !== null && Number.isFinite(expiresAt) && expiresAt > 0 && expiresAt <= now;
}
