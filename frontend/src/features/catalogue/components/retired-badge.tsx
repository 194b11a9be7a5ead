import { useTranslation } from 'react-i18next';

export function RetiredBadge() {
  const { t } = useTranslation();
  return <span className="badge badge-retired">{t('catalogue.retired')}</span>;
}
