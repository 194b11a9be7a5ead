import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';

interface ErrorBannerProps {
  error: unknown;
  onRetry?: () => void;
}

export function ErrorBanner({ error, onRetry }: ErrorBannerProps) {
  const { t } = useTranslation();
  return (
    <div className="banner banner-error" role="alert">
      <span>{errorMessage(error, t)}</span>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('errors.retry')}
        </button>
      )}
    </div>
  );
}
