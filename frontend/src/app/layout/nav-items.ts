import type { ParseKeys } from 'i18next';

export interface NavItem {
  to: string;
  labelKey: ParseKeys;
  /** Match the path exactly, so that Beranda is not highlighted on every page. */
  end?: boolean;
}

// New features add their page here.
export const NAV_ITEMS: NavItem[] = [
  { to: '/', labelKey: 'nav.home', end: true },
  { to: '/regions', labelKey: 'nav.regions' },
  { to: '/catalogue', labelKey: 'nav.catalogue' },
];
