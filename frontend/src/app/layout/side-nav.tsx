import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { type CurrentUser, useCurrentUser } from '@/features/auth';
import { can } from '@/lib/authorization';
import { NAV_ITEMS, type NavItem } from './nav-items';

function visible(item: NavItem, user: CurrentUser | undefined): boolean {
  if (item.nationOnly && (!user || user.regionCode)) return false;
  if (item.requires) return can(user, item.requires);
  return !item.roles || (!!user && item.roles.includes(user.role));
}

interface SideNavProps {
  /** On a phone the navigation is a menu, opened from the header. */
  open?: boolean;
  onNavigate?: () => void;
}

export function SideNav({ open = false, onNavigate }: SideNavProps) {
  const { t } = useTranslation();
  const { data: user } = useCurrentUser();
  const items = NAV_ITEMS.filter((item) => visible(item, user));
  return (
    <nav id="main-navigation" className={open ? 'side-nav side-nav-open' : 'side-nav'} aria-label={t('nav.label')}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.end} onClick={onNavigate}>
              {t(item.labelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
