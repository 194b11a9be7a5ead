import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeWriteFailure, localizeFieldMessage } from '@/lib/write-failure';
import { ApiError } from '@/lib/errors';

/** `periods[0]` is about the periods field: its message goes beside that field. */
function withListFieldsFolded(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.problem.errors) return error;
  return new ApiError(error.status, {
    ...error.problem,
    errors: error.problem.errors.map((entry) => ({ ...entry, field: entry.field?.replace(/\[\d+\].*$/, '') })),
  });
}

/** What the server said about a refused write: the banner's failure and each field's message. */
export function useFormFailure(error: unknown, fields: readonly string[]) {
  const { t } = useTranslation();
  const failure = useMemo(
    () => (error ? describeWriteFailure(withListFieldsFolded(error), fields) : undefined),
    [error, fields],
  );
  const fieldError = (name: string) => localizeFieldMessage(failure?.fieldErrors[name], t);
  return { failure, fieldError };
}
