import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { NoticeBanner } from '@/components/notice-banner';
import { useCurrentUser } from '@/features/auth';
import { type Action, can } from '@/lib/authorization';

interface AllowedProps {
  action: Action;
  /** What the page's feature tells those it is not for; a general sentence when absent. */
  denied?: ParseKeys;
  children: ReactNode;
}

/** A page for the roles that may do the action; everyone else is told so, with a way home. */
export function Allowed({ action, denied, children }: AllowedProps) {
  const { t } = useTranslation();
  const { data: user, isPending } = useCurrentUser();
  if (isPending) return <Loading />;
  if (!can(user, action)) {
    return (
      <section className="page">
        <NoticeBanner>{t(denied ?? 'routeError.forbidden')}</NoticeBanner>
        <Link to="/">{t('routeError.home')}</Link>
      </section>
    );
  }
  return children;
}
