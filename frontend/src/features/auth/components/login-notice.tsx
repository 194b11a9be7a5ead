import { useTranslation } from 'react-i18next';
import { NoticeBanner } from '@/components/notice-banner';

/** Navigation state telling the sign-in page why the user is there. */
export interface LoginNotice {
  notice?: 'session-expired' | 'logged-out';
  from?: string;
}

export function LoginNoticeBanner({ notice }: { notice: LoginNotice['notice'] }) {
  const { t } = useTranslation();
  if (notice === 'session-expired') {
    return <NoticeBanner>{t('auth.sessionExpired')}</NoticeBanner>;
  }
  if (notice === 'logged-out') {
    return <NoticeBanner>{t('auth.loggedOut')}</NoticeBanner>;
  }
  return null;
}
