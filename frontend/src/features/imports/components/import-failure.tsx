import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import { ApiError } from '@/lib/errors';

/** A file refused before the server looked at it (nothing chosen, JSON that is not an array). */
export class SourceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SourceError';
  }
}

interface ImportFailureProps {
  error: unknown;
  /** The header the kind expects, as the server lists it. */
  columns: readonly string[];
}

/** Why a file could not be checked or loaded at all: a bad header, too large, not allowed. */
export function ImportFailure({ error, columns }: ImportFailureProps) {
  const { t } = useTranslation();
  let message: string | null = null;
  if (error instanceof SourceError) {
    message = error.message;
  } else if (error instanceof ApiError) {
    const header = error.problem.errors?.find((item) => item.field === 'header');
    if (error.status === 400 && header) {
      message = t('imports.failure.header', { message: header.message ?? '', expected: columns.join(',') });
    } else if (error.status === 413) {
      message = t('imports.failure.tooLarge');
    } else if (error.status === 403) {
      message = t('imports.failure.forbidden');
    }
  }
  if (message === null) return <ErrorBanner error={error} />;
  return (
    <div className="banner banner-error" role="alert">
      <span>{message}</span>
    </div>
  );
}
