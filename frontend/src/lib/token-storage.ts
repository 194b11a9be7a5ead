// The access token lives in sessionStorage: it survives a page reload but not the
// closing of the tab, which suits shared office computers.
const TOKEN_KEY = 'monev.accessToken';
const EXPIRES_AT_KEY = 'monev.accessTokenExpiresAt';
// Why the last session ended, so every screen that notices the missing token tells the same story.
const ENDED_KEY = 'monev.sessionEnded';

// Screens that depend on being signed in re-render when the token comes or goes. Told after the
// current render or request handler, so clearing a token while rendering updates nothing mid-render.
const tokenListeners = new Set<() => void>();

function tokenChanged(): void {
  queueMicrotask(() => tokenListeners.forEach((listener) => listener()));
}

/** For useSyncExternalStore: called whenever the token is saved or cleared. */
export function subscribeToToken(listener: () => void): () => void {
  tokenListeners.add(listener);
  return () => tokenListeners.delete(listener);
}

export function saveToken(accessToken: string, expiresInSeconds: number, now = Date.now()): void {
  sessionStorage.setItem(TOKEN_KEY, accessToken);
  sessionStorage.setItem(EXPIRES_AT_KEY, String(now + expiresInSeconds * 1000));
  sessionStorage.removeItem(ENDED_KEY);
  tokenChanged();
}

export function readToken(): string | null {
  return sessionStorage.getItem(TOKEN_KEY);
}

export type SessionEnd = 'expired' | 'signed-out';

/** Forgets the token; `expired` when the server or its lifetime ended the session, not the user. */
export function clearToken(reason: SessionEnd = 'signed-out'): void {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(EXPIRES_AT_KEY);
  sessionStorage.setItem(ENDED_KEY, reason);
  tokenChanged();
}

/** How the last session of this tab ended, or null when there was none. */
export function sessionEnd(): SessionEnd | null {
  const ended = sessionStorage.getItem(ENDED_KEY);
  return ended === 'expired' || ended === 'signed-out' ? ended : null;
}

/** True when a token is stored but its lifetime, as announced at sign-in, has passed. */
export function isTokenExpired(now = Date.now()): boolean {
  const expiresAt = Number(sessionStorage.getItem(EXPIRES_AT_KEY));
  return readToken() !== null && Number.isFinite(expiresAt) && expiresAt > 0 && expiresAt <= now;
}
