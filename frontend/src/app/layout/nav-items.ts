import type { ParseKeys } from 'i18next';
import type { Role } from '@/features/auth';
import type { Action } from '@/lib/authorization';

export interface NavItem {
  to: string;
  labelKey: ParseKeys;
  /** Match the path exactly, so that Beranda is not highlighted on every page. */
  end?: boolean;
  /** Only users who may do this see the entry (see src/lib/authorization.ts). */
  requires?: Action;
  /** Only these roles see the entry; everyone when absent and no `requires` is given. */
  roles?: readonly Role[];
  /** Only accounts of the whole deployment (bound to no region) see the entry. */
  nationOnly?: boolean;
}

// New features add their page here.
export const NAV_ITEMS: NavItem[] = [
  { to: '/', labelKey: 'nav.home', end: true },
  { to: '/regions', labelKey: 'nav.regions' },
  { to: '/catalogue', labelKey: 'nav.catalogue' },
  { to: '/reporting', labelKey: 'reporting.nav.reporting', requires: 'report' },
  { to: '/verification', labelKey: 'reporting.nav.verification', requires: 'verify' },
  { to: '/imports', labelKey: 'imports.nav', requires: 'import' },
  { to: '/overview', labelKey: 'achievements.nav' },
  { to: '/achievements', labelKey: 'reporting.nav.achievements' },
  { to: '/target-rounds', labelKey: 'targetRounds.nav' },
  { to: '/meetings', labelKey: 'nav.meetings' },
  { to: '/findings', labelKey: 'nav.findings' },
  { to: '/users', labelKey: 'accounts.nav', roles: ['ADMIN'] },
  { to: '/sync-sources', labelKey: 'sync.nav', roles: ['ADMIN'], nationOnly: true },
];
