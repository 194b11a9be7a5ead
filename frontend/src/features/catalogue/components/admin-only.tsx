import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Loading } from '@/components/loading';
import { NoticeBanner } from '@/components/notice-banner';
import { useCurrentUser } from '@/features/auth';
import { can } from '@/lib/authorization';

/** The catalogue's forms, for the province administrator only. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { data: user, isPending } = useCurrentUser();
  if (isPending) return <Loading />;
  if (!can(user, 'manageCatalogue')) {
    return (
      <section className="page">
        <NoticeBanner>{t('catalogue.messages.adminOnly')}</NoticeBanner>
        <Link to="/catalogue">{t('catalogue.backToCatalogue')}</Link>
      </section>
    );
  }
  return children;
}
