import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { Loading } from '@/components/loading';
import { useCurrentUser } from '@/features/auth';

export const CHANGE_PASSWORD_PATH = '/password';

/** Someone holding a temporary password sees nothing but the change-password form. */
export function RequireOwnPassword({ children }: { children: ReactNode }) {
  const { data: me, isPending } = useCurrentUser();
  if (isPending) return <Loading />;
  if (me?.mustChangePassword) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return children;
}
