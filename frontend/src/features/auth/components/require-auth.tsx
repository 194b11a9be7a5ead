import { type ReactNode, useEffect, useSyncExternalStore } from 'react';
import { Navigate, useLocation } from 'react-router';
import { clearToken, isTokenExpired, readToken, sessionEnd, subscribeToToken } from '@/lib/token-storage';
import type { LoginNotice } from './login-notice';

/**
 * Renders its children for a signed-in user; sends everyone else to the sign-in page, saying why
 * when a session ended. It follows the stored token, so the server's 401 (which clears it) and
 * signing out end the session wherever they happen.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const token = useSyncExternalStore(subscribeToToken, readToken);
  const from = location.pathname + location.search;

  const expired = token !== null && isTokenExpired();
  // Rendering only reads the store; the expired token is cleared once the screen has left.
  useEffect(() => {
    if (expired) clearToken('expired');
  }, [expired]);

  if (!token || expired) {
    const ended = expired ? 'expired' : sessionEnd();
    const notice = ended === 'expired' ? 'session-expired' : ended === 'signed-out' ? 'logged-out' : undefined;
    const state: LoginNotice = { notice, from };
    return <Navigate to="/login" replace state={state} />;
  }
  return children;
}
