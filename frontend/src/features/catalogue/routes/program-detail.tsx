import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { useIndicators } from '../api/get-indicators';
import { useProgram } from '../api/get-program';
import type { Program } from '../api/types';
import { useDeleteProgram, useRetireProgram } from '../api/write-program';
import { formatEnum, formatText, formatYears } from '../components/format';
import { IndicatorsTable } from '../components/indicators-table';
import { CatalogueRecordPage } from '../components/record-page';
import { useIsAdmin } from '../components/use-is-admin';

export function ProgramDetailRoute() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const isAdmin = useIsAdmin();
  const program = useProgram(code);
  // Retired indicators too: this page is the program's full record.
  const indicators = useIndicators({ program: code });
  const retire = useRetireProgram(code);
  const remove = useDeleteProgram(code);

  const details = (record: Program) => [
    { label: t('catalogue.fields.name'), value: record.name },
    { label: t('catalogue.fields.field'), value: formatEnum('field', record.field, t) },
    { label: t('catalogue.fields.authority'), value: formatEnum('authority', record.authority, t) },
    { label: t('catalogue.fields.years'), value: formatYears(record.startYear, record.endYear, t) },
    { label: t('catalogue.fields.description'), value: formatText(record.description, t) },
    { label: t('catalogue.fields.missionAlignment'), value: formatText(record.missionAlignment, t) },
    { label: t('catalogue.fields.ministryAlignment'), value: formatText(record.ministryAlignment, t) },
  ];

  return (
    <CatalogueRecordPage kind="program" query={program} retire={retire} remove={remove} details={details}>
      {(record) => (
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
      )}
    </CatalogueRecordPage>
  );
}
