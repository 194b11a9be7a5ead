import { useCurrentUser } from '@/features/auth';
import { can } from '@/lib/authorization';

/** Only the province administrator writes the catalogue; every role reads it. */
export function useIsAdmin(): boolean {
  const { data: user } = useCurrentUser();
  return can(user, 'manageCatalogue');
}
