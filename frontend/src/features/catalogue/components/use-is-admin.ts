import { useCurrentUser } from '@/features/auth/api/get-current-user';

/** Only the province administrator writes the catalogue; every role reads it. */
export function useIsAdmin(): boolean {
  const { data: user } = useCurrentUser();
  return user?.role === 'ADMIN';
}
