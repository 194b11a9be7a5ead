import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { NoticeBanner } from '@/components/notice-banner';
import { useIndicator } from '../api/get-indicator';
import { useProgram } from '../api/get-program';
import { useDeleteIndicator, useRetireIndicator } from '../api/write-indicator';
import { DetailList } from '@/components/detail-list';
import { formatInstant, formatNumber, formatText } from '../components/format';
import { RecordActions } from '../components/record-actions';
import { RetiredBadge } from '../components/retired-badge';
import type { SavedNotice } from '@/lib/saved-notice';
import { useIsAdmin } from '../components/use-is-admin';

export function IndicatorDetailRoute() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const notice = (useLocation().state as SavedNotice | null)?.notice;
  const isAdmin = useIsAdmin();
  const indicator = useIndicator(code);
  const program = useProgram(indicator.data?.record.programCode);
  const retire = useRetireIndicator(code);
  const remove = useDeleteIndicator(code);

  if (indicator.isPending) return <Loading />;
  if (indicator.isError) {
    return (
      <section className="page">
        <ErrorBanner error={indicator.error} onRetry={() => void indicator.refetch()} />
        <Link to="/catalogue">{t('catalogue.backToCatalogue')}</Link>
      </section>
    );
  }

  const { record, etag } = indicator.data;
  const language = i18n.resolvedLanguage ?? 'id';
  const programLink = (
    <Link to={`/catalogue/programs/${encodeURIComponent(record.programCode)}`}>
      {record.programCode}
      {program.data ? ` · ${program.data.record.name}` : ''}
    </Link>
  );

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/catalogue">{t('catalogue.backToCatalogue')}</Link>
      </p>
      <header className="page-header">
        <div>
          <p className="muted">
            {t('catalogue.indicatorLabel')} <span className="code">{record.code}</span>
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
          editTo={`/catalogue/indicators/${encodeURIComponent(record.code)}/edit`}
          retire={retire}
          remove={remove}
          etag={etag}
          onReload={() => void indicator.refetch()}
          reloading={indicator.isFetching}
          onDeleted={() => void navigate('/catalogue', { replace: true })}
        />
      )}

      <DetailList
        items={[
          { label: t('catalogue.fields.code'), value: <span className="code">{record.code}</span> },
          { label: t('catalogue.fields.programCode'), value: programLink },
          { label: t('catalogue.fields.name'), value: record.name },
          { label: t('catalogue.fields.unit'), value: record.unit },
          { label: t('catalogue.fields.measure'), value: t(`catalogue.enums.measure.${record.measure}`) },
          { label: t('catalogue.fields.polarity'), value: t(`catalogue.enums.polarity.${record.polarity}`) },
          { label: t('catalogue.fields.periodType'), value: t(`catalogue.enums.periodType.${record.periodType}`) },
          {
            label: t('catalogue.fields.timeAggregation'),
            value: t(`catalogue.enums.timeAggregation.${record.timeAggregation}`),
          },
          {
            label: t('catalogue.fields.regionAggregation'),
            value: t(`catalogue.enums.regionAggregation.${record.regionAggregation}`),
          },
          { label: t('catalogue.fields.baselineYear'), value: formatText(record.baselineYear, t) },
          { label: t('catalogue.fields.baselineValue'), value: formatNumber(record.baselineValue, language, t) },
          { label: t('catalogue.fields.rangeLow'), value: formatNumber(record.rangeLow, language, t) },
          { label: t('catalogue.fields.rangeHigh'), value: formatNumber(record.rangeHigh, language, t) },
          { label: t('catalogue.fields.dataSource'), value: formatText(record.dataSource, t) },
          { label: t('catalogue.fields.ministryCode'), value: formatText(record.ministryCode, t) },
          {
            label: t('catalogue.fields.active'),
            value: record.active ? t('catalogue.active') : t('catalogue.retired'),
          },
          { label: t('catalogue.fields.updatedAt'), value: formatInstant(record.updatedAt, language) },
        ]}
      />
    </section>
  );
}
