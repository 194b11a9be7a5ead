import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { NoticeBanner } from '@/components/notice-banner';
import { useIndicators } from '../api/get-indicators';
import { useProgram } from '../api/get-program';
import { useDeleteProgram, useRetireProgram } from '../api/write-program';
import { DetailList } from '@/components/detail-list';
import { formatInstant, formatText, formatYears } from '../components/format';
import { IndicatorsTable } from '../components/indicators-table';
import { RecordActions } from '../components/record-actions';
import { RetiredBadge } from '../components/retired-badge';
import type { SavedNotice } from '@/lib/saved-notice';
import { useIsAdmin } from '../components/use-is-admin';

export function ProgramDetailRoute() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const notice = (useLocation().state as SavedNotice | null)?.notice;
  const isAdmin = useIsAdmin();
  const program = useProgram(code);
  // Retired indicators too: this page is the program's full record.
  const indicators = useIndicators({ program: code });
  const retire = useRetireProgram(code);
  const remove = useDeleteProgram(code);

  if (program.isPending) return <Loading />;
  if (program.isError) {
    return (
      <section className="page">
        <ErrorBanner error={program.error} onRetry={() => void program.refetch()} />
        <Link to="/catalogue">{t('catalogue.backToCatalogue')}</Link>
      </section>
    );
  }

  const { record, etag } = program.data;
  const language = i18n.resolvedLanguage ?? 'id';

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/catalogue">{t('catalogue.backToCatalogue')}</Link>
      </p>
      <header className="page-header">
        <div>
          <p className="muted">
            {t('catalogue.programLabel')} <span className="code">{record.code}</span>
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
          editTo={`/catalogue/programs/${encodeURIComponent(record.code)}/edit`}
          retire={retire}
          remove={remove}
          etag={etag}
          onReload={() => void program.refetch()}
          reloading={program.isFetching}
          onDeleted={() => void navigate('/catalogue', { replace: true })}
        />
      )}

      <DetailList
        items={[
          { label: t('catalogue.fields.code'), value: <span className="code">{record.code}</span> },
          { label: t('catalogue.fields.name'), value: record.name },
          { label: t('catalogue.fields.field'), value: t(`catalogue.enums.field.${record.field}`) },
          { label: t('catalogue.fields.authority'), value: t(`catalogue.enums.authority.${record.authority}`) },
          { label: t('catalogue.fields.years'), value: formatYears(record.startYear, record.endYear, t) },
          { label: t('catalogue.fields.description'), value: formatText(record.description, t) },
          { label: t('catalogue.fields.missionAlignment'), value: formatText(record.missionAlignment, t) },
          { label: t('catalogue.fields.ministryAlignment'), value: formatText(record.ministryAlignment, t) },
          {
            label: t('catalogue.fields.active'),
            value: record.active ? t('catalogue.active') : t('catalogue.retired'),
          },
          { label: t('catalogue.fields.updatedAt'), value: formatInstant(record.updatedAt, language) },
        ]}
      />

      <section className="detail-section" aria-labelledby="program-indicators">
        <header className="section-header">
          <h2 id="program-indicators">{t('catalogue.indicatorsTitle')}</h2>
          {isAdmin && record.active && (
            <Link
              to={`/catalogue/indicators/new?program=${encodeURIComponent(record.code)}`}
              className="button button-secondary"
            >
              {t('catalogue.actions.newIndicator')}
            </Link>
          )}
        </header>
        {indicators.isPending && <Loading />}
        {indicators.isError && <ErrorBanner error={indicators.error} onRetry={() => void indicators.refetch()} />}
        {indicators.data &&
          (indicators.data.items.length > 0 ? (
            <IndicatorsTable
              indicators={indicators.data.items}
              caption={t('catalogue.indicatorsCaption', { program: record.name })}
            />
          ) : (
            <p className="muted">{t('catalogue.noIndicators')}</p>
          ))}
      </section>
    </section>
  );
}
