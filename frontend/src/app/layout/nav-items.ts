import type { ParseKeys } from 'i18next';
import type { Role } from '@/features/auth';

export interface NavItem {
  to: string;
  labelKey: ParseKeys;
  /** Match the path exactly, so that Beranda is not highlighted on every page. */
  end?: boolean;
  /** Only these roles see the entry; everyone when absent. */
  roles?: readonly Role[];
}

// New features add their page here.
export const NAV_ITEMS: NavItem[] = [
  { to: '/', labelKey: 'nav.home', end: true },
  { to: '/regions', labelKey: 'nav.regions' },
  { to: '/catalogue', labelKey: 'nav.catalogue' },
  { to: '/reporting', labelKey: 'reporting.nav.reporting', roles: ['OPERATOR', 'ADMIN'] },
  { to: '/verification', labelKey: 'reporting.nav.verification', roles: ['VERIFIER', 'ADMIN'] },
  { to: '/imports', labelKey: 'imports.nav', roles: ['ADMIN', 'VERIFIER', 'OPERATOR'] },
  { to: '/achievements', labelKey: 'reporting.nav.achievements' },
  { to: '/target-rounds', labelKey: 'targetRounds.nav' },
  { to: '/meetings', labelKey: 'nav.meetings' },
  { to: '/findings', labelKey: 'nav.findings' },
];
