import type { TFunction } from 'i18next';
import { ApiError, NetworkError } from './errors';

/** A sentence a member of staff can act on; the server's own detail when it gave one. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof NetworkError) {
    return t('errors.network');
  }
  if (error instanceof ApiError) {
    const { detail, title } = error.problem;
    if (detail || title) {
      return (detail || title) as string;
    }
    if (error.status === 403) return t('errors.forbidden');
    if (error.status === 404) return t('errors.notFound');
    if (error.status >= 500) return t('errors.server');
  }
  return t('errors.unexpected');
}
