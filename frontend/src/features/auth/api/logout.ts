import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { clearToken } from '@/lib/token-storage';
import type { LoginNotice } from '../components/login-notice';

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return () => {
    clearToken();
    queryClient.clear();
    const state: LoginNotice = { notice: 'logged-out' };
    void navigate('/login', { replace: true, state });
  };
}
