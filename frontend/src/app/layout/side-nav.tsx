import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useCurrentUser } from '@/features/auth';
import { NAV_ITEMS } from './nav-items';

export function SideNav() {
  const { t } = useTranslation();
  const { data: user } = useCurrentUser();
  const items = NAV_ITEMS.filter((item) => !item.roles || (user && item.roles.includes(user.role)));
  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end}>
              {t(item.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
