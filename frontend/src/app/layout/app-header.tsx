import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import type { CurrentUser } from '@/features/auth';
import { useLogout } from '@/features/auth';
import { UserSummary } from './user-summary';

export function AppHeader({ user }: { user: CurrentUser | undefined }) {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <header className="app-header">
      <Link to="/" className="app-name">
        {t('app.name')}
      </Link>
      <div className="app-header-tools">
        {user && <UserSummary user={user} />}
        <LanguageSwitch />
        <button type="button" className="button button-secondary" onClick={logout}>
          {t('auth.logout')}
        </button>
      </div>
    </header>
  );
}
