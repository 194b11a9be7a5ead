import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { type DetailItem, DetailList } from '@/components/detail-list';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { NoticeBanner } from '@/components/notice-banner';
import type { SavedNotice } from '@/lib/saved-notice';
import type { Versioned } from '@/lib/versioned';
import { formatInstant } from './format';
import { type CatalogueKind, recordPath } from './paths';
import { RecordActions } from './record-actions';
import { RetiredBadge } from './retired-badge';
import { useIsAdmin } from './use-is-admin';

interface CatalogueRecord {
  code: string;
  name: string;
  active: boolean;
  updatedAt: string;
}

interface CatalogueRecordPageProps<T extends CatalogueRecord> {
  kind: CatalogueKind;
  /** The record, with the ETag that retiring and deleting send. */
  query: UseQueryResult<Versioned<T>, Error>;
  retire: UseMutationResult<unknown, Error, string | null>;
  remove: UseMutationResult<unknown, Error, string | null>;
  /** The fields of this kind of record, listed between the code and the status. */
  details: (record: T) => DetailItem[];
  /** What the page shows below the fields. */
  children?: (record: T) => ReactNode;
}

/**
 * The page of one program or indicator: every field, the notice of what was just done with it,
 * and for the administrator the way to edit, retire or delete it.
 */
export function CatalogueRecordPage<T extends CatalogueRecord>(props: CatalogueRecordPageProps<T>) {
  const { kind, query, retire, remove, details, children } = props;
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const notice = (useLocation().state as SavedNotice | null)?.notice;
  const isAdmin = useIsAdmin();
  const backToCatalogue = <Link to="/catalogue">{t('catalogue.backToCatalogue')}</Link>;

  if (query.isPending) return <Loading />;
  if (query.isError) {
    return (
      <section className="page">
        <ErrorBanner error={query.error} onRetry={() => void query.refetch()} />
        {backToCatalogue}
      </section>
    );
  }

  const { record, etag } = query.data;
  return (
    <section className="page">
      <p className="breadcrumb">{backToCatalogue}</p>
      <header className="page-header">
        <div>
          <p className="muted">
            {t(`catalogue.${kind}Label`)} <span className="code">{record.code}</span>
          </p>
          <h1>
            {record.name} {!record.active && <RetiredBadge />}
          </h1>
        </div>
      </header>

      {notice && !retire.isSuccess && <NoticeBanner>{t(`catalogue.messages.${notice}`)}</NoticeBanner>}
      {retire.isSuccess && <NoticeBanner>{t('catalogue.messages.retired')}</NoticeBanner>}
      {isAdmin && (
        <RecordActions
          code={record.code}
          active={record.active}
          editTo={`${recordPath(kind, record.code)}/edit`}
          retire={retire}
          remove={remove}
          etag={etag}
          onReload={() => void query.refetch()}
          reloading={query.isFetching}
          onDeleted={() => void navigate('/catalogue', { replace: true })}
        />
      )}

      <DetailList
        items={[
          { label: t('catalogue.fields.code'), value: <span className="code">{record.code}</span> },
          ...details(record),
          { label: t('catalogue.fields.active'), value: record.active ? t('catalogue.active') : t('catalogue.retired') },
          { label: t('catalogue.fields.updatedAt'), value: formatInstant(record.updatedAt, i18n.resolvedLanguage ?? 'id') },
        ]}
      />
      {children?.(record)}
    </section>
  );
}
