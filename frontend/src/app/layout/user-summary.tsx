import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '@/features/auth';
import { useRegion } from '@/features/regions';

/** Who is signed in, in what role, for which region. */
export function UserSummary({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  const region = useRegion(user.regionCode);
  const regionLabel = !user.regionCode
    ? t('user.allRegions')
    : (region.data?.name ?? user.regionCode);

  return (
    <div className="user-summary" aria-label={t('user.label')}>
      <span className="user-name">{user.displayName}</span>
      <span className="user-meta">
        {t(`user.role.${user.role}`)} · {regionLabel}
      </span>
    </div>
  );
}
