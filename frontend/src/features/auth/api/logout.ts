import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiClient } from '@/lib/api-client';
import { clearToken, readToken } from '@/lib/token-storage';
import type { LoginNotice } from '../components/login-notice';

/** Withdraws the token on the server too, so a copy of it left anywhere stops working. */
function signOutOnServer(token: string | null) {
  if (!token) return;
  apiClient
    .POST('/api/v1/auth/sign-out', { headers: { Authorization: `Bearer ${token}` } })
    .catch(() => undefined); // Offline: the token still leaves this browser, and expires on its own.
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return () => {
    signOutOnServer(readToken());
    clearToken();
    queryClient.clear();
    const state: LoginNotice = { notice: 'logged-out' };
    void navigate('/login', { replace: true, state });
  };
}
