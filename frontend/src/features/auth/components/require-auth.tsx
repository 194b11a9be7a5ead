import { type ReactNode, useEffect } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { onSessionExpired } from '@/lib/api-client';
import { clearToken, isTokenExpired, readToken, sessionEnd } from '@/lib/token-storage';
import type { LoginNotice } from './login-notice';

/** Renders its children for a signed-in user; sends everyone else to the sign-in page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const location = useLocation();
  const from = location.pathname + location.search;

  // The server is the judge of a token: its 401 ends the session wherever it happens.
  useEffect(
    () =>
      onSessionExpired(() => {
        const state: LoginNotice = { notice: 'session-expired', from };
        void navigate('/login', { replace: true, state });
      }),
    [navigate, from],
  );

  if (isTokenExpired()) {
    clearToken('expired');
    const state: LoginNotice = { notice: 'session-expired', from };
    return <Navigate to="/login" replace state={state} />;
  }
  if (!readToken()) {
    // Whoever cleared the token (the server's 401, signing out) may not have navigated yet: say why.
    const ended = sessionEnd();
    const notice = ended === 'expired' ? 'session-expired' : ended === 'signed-out' ? 'logged-out' : undefined;
    const state: LoginNotice = { notice, from };
    return <Navigate to="/login" replace state={state} />;
  }
  return children;
}
