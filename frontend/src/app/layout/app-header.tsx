import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { type CurrentUser, useLogout } from '@/features/auth';
import { isReadOnly } from '@/lib/authorization';
import { NotificationBell } from '@/features/notifications';
import { UserSummary } from './user-summary';

interface AppHeaderProps {
  user: CurrentUser | undefined;
  menuOpen: boolean;
  onToggleMenu: () => void;
}

export function AppHeader({ user, menuOpen, onToggleMenu }: AppHeaderProps) {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <header className="app-header">
      <div className="app-header-brand">
        <button
          type="button"
          className="menu-button"
          aria-expanded={menuOpen}
          aria-controls="main-navigation"
          onClick={onToggleMenu}
        >
          {menuOpen ? t('shell.closeMenu') : t('shell.menu')}
        </button>
        <Link to="/" className="app-name">
          {t('app.name')}
        </Link>
        {isReadOnly(user) && (
          <span className="badge badge-read-only" title={t('shell.readOnlyHint')}>
            {t('shell.readOnly')}
          </span>
        )}
      </div>
      <div className="app-header-tools">
        {user && <NotificationBell />}
        {user && <UserSummary user={user} />}
        <LanguageSwitch />
        <Link to="/password" className="button button-secondary">
          {t('accounts.password.link')}
        </Link>
        <button type="button" className="button button-secondary" onClick={logout}>
          {t('auth.logout')}
        </button>
      </div>
    </header>
  );
}
