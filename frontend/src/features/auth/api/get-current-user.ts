import { useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { apiClient, unwrap } from '@/lib/api-client';

export type CurrentUser =
  paths['/api/v1/auth/me']['get']['responses'][200]['content']['application/json'];
export type Role = CurrentUser['role'];

export const currentUserQueryKey = ['auth', 'me'] as const;

export function getCurrentUser(): Promise<CurrentUser> {
  return unwrap(apiClient.GET('/api/v1/auth/me'));
}

export function useCurrentUser() {
  return useQuery({
    queryKey: currentUserQueryKey,
    queryFn: getCurrentUser,
    staleTime: Infinity,
  });
}
