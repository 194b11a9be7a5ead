import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { isRetryable } from '@/lib/errors';

interface ErrorBannerProps {
  error: unknown;
  /** Offered only where trying again can help (server unreachable or unavailable). */
  onRetry?: () => void;
}

export function ErrorBanner({ error, onRetry }: ErrorBannerProps) {
  const { t } = useTranslation();
  return (
    <div className="banner banner-error" role="alert">
      <span>{errorMessage(error, t)}</span>
      {onRetry && isRetryable(error) && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
