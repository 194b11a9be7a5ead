import { useTranslation } from 'react-i18next';

interface StaleBannerProps {
  onReload: () => void;
  reloading?: boolean;
}

/** Shown when a write was refused with 412: the record changed since it was read. */
export function StaleBanner({ onReload, reloading }: StaleBannerProps) {
  const { t } = useTranslation();
  return (
    <div className="banner banner-error" role="alert">
      <span>{t('form.stale')}</span>
      <button type="button" className="button button-secondary" onClick={onReload} disabled={reloading}>
        {t('form.reload')}
      </button>
    </div>
  );
}
