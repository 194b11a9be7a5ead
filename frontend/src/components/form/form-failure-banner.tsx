import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import { errorMessage } from '@/lib/error-message';
import { StaleBanner } from './stale-banner';
import type { WriteFailure } from '@/lib/write-failure';

interface FormFailureBannerProps {
  failure: WriteFailure;
  onReload?: () => void;
  reloading?: boolean;
}

/** The sentence above a form that the server refused. */
export function FormFailureBanner({ failure, onReload, reloading }: FormFailureBannerProps) {
  const { t } = useTranslation();
  switch (failure.kind) {
    case 'stale':
      return onReload ? (
        <StaleBanner onReload={onReload} reloading={reloading} />
      ) : (
        <div className="banner banner-error" role="alert">
          {t('form.stale')}
        </div>
      );
    case 'duplicate':
      return (
        <div className="banner banner-error" role="alert">
          {t('form.duplicateCode')}
        </div>
      );
    case 'validation':
      return (
        <div className="banner banner-error banner-stacked" role="alert">
          <span>{t('form.validation')}</span>
          {failure.otherErrors.length > 0 && (
            <ul>
              {failure.otherErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
        </div>
      );
    case 'conflict':
      return (
        <div className="banner banner-error" role="alert">
          {errorMessage(failure.error, t)}
        </div>
      );
    default:
      return <ErrorBanner error={failure.error} />;
  }
}
