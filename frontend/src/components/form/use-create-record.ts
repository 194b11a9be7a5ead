import type { UseMutationResult } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import type { SavedNotice } from '@/lib/saved-notice';
import type { Versioned } from '@/lib/versioned';

/**
 * What a record form needs on a create page: saving creates the record, then opens it with
 * the notice that it was created.
 */
export function useCreateRecord<T, I>(create: UseMutationResult<Versioned<T>, Error, I>, pathOf: (record: T) => string) {
  const navigate = useNavigate();
  return {
    submitting: create.isPending,
    error: create.error,
    onSubmit: (input: I) =>
      create.mutate(input, {
        onSuccess: ({ record }) => {
          const state: SavedNotice = { notice: 'created' };
          void navigate(pathOf(record), { state });
        },
      }),
  };
}
