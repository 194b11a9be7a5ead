import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { currentUserQueryKey } from '@/features/auth';
import { apiClient, unwrap } from '@/lib/api-client';
import { saveToken } from '@/lib/token-storage';

export type PasswordChange = components['schemas']['PasswordChangeRequest'];

/** Every earlier token stops working with the old password: the answer's new token replaces ours. */
export function useChangePassword(options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: PasswordChange) => {
      const token = await unwrap(apiClient.POST('/api/v1/auth/password', { body }));
      saveToken(token.accessToken, token.expiresIn);
      return token;
    },
    onSuccess: async () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== currentUserQueryKey[0] });
      await queryClient.invalidateQueries({ queryKey: currentUserQueryKey });
      options.onSuccess?.();
    },
  });
}
