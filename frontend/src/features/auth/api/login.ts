import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { apiClient, unwrap } from '@/lib/api-client';
import { saveToken } from '@/lib/token-storage';

export type Credentials =
  paths['/api/v1/auth/token']['post']['requestBody']['content']['application/json'];

export async function login(credentials: Credentials) {
  const token = await unwrap(apiClient.POST('/api/v1/auth/token', { body: credentials }));
  saveToken(token.accessToken, token.expiresIn);
  return token;
}

export function useLogin(options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: () => {
      // Nothing cached for a previous user may show through.
      queryClient.clear();
      options.onSuccess?.();
    },
  });
}
