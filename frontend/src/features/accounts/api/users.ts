import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { apiClient, unwrap } from '@/lib/api-client';
import { ApiError, toProblem } from '@/lib/errors';

export type User = components['schemas']['User'];
export type UserInput = components['schemas']['UserInput'];
export type UserCredentials = components['schemas']['UserCredentials'];
export type Role = User['role'];

export interface UserFilters {
  role?: Role;
  regionCode?: string;
  active?: boolean;
  q?: string;
}

export interface UserChange {
  displayName?: string;
  role?: Role;
  regionCode?: string | null;
  active?: boolean;
}

const usersKey = ['accounts', 'users'] as const;

export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: [...usersKey, filters],
    queryFn: () =>
      unwrap(
        apiClient.GET('/api/v1/users', {
          params: {
            query: {
              size: 500,
              sort: 'username',
              role: filters.role,
              regionCode: filters.regionCode || undefined,
              active: filters.active,
              q: filters.q?.trim() || undefined,
            },
          },
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UserInput) => unwrap(apiClient.POST('/api/v1/users', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

/** Reads the user first for its ETag, so a change made meanwhile by someone else is refused, not overwritten. */
async function updateUser(username: string, change: UserChange): Promise<User> {
  const read = await apiClient.GET('/api/v1/users/{username}', { params: { path: { username } } });
  if (!read.response.ok) {
    throw new ApiError(read.response.status, toProblem(read.error, read.response.status));
  }
  const etag = read.response.headers.get('ETag');
  return unwrap(
    apiClient.PATCH('/api/v1/users/{username}', {
      params: { path: { username }, header: etag ? { 'If-Match': etag } : {} },
      body: change as Record<string, never>,
      headers: { 'Content-Type': 'application/merge-patch+json' },
      bodySerializer: (body) => JSON.stringify(body),
    }),
  );
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ username, change }: { username: string; change: UserChange }) =>
      updateUser(username, change),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (username: string) =>
      unwrap(
        apiClient.POST('/api/v1/users/{username}/password-reset', {
          params: { path: { username } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
