import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { SelectField } from '@/components/select-field';
import { ExportButton } from '@/features/imports';
import { useRegions } from '@/features/regions';
import { useAchievements, useProgramNames } from '../api/get-achievements';
import { AchievementFilterBar, useAchievementFilters } from '../components/achievement-filters';
import { AchievementMatrix } from '../components/achievement-matrix';
import { RatingLegend } from '../components/rating-legend';

export function AchievementsRoute() {
  const { t } = useTranslation();
  const filters = useAchievementFilters();
  const { params, year, ready, period, basis, update } = filters;
  const program = params.get('program') ?? '';

  const report = useAchievements(
    {
      year,
      period: period || undefined,
      basis,
      program: program || undefined,
    },
    ready,
  );
  const allPrograms = useAchievements({ year, basis }, ready);
  const regions = useRegions();
  const programNames = useProgramNames();

  const programCodes = [...new Set((allPrograms.data?.indicators ?? []).map((indicator) => indicator.programCode))].sort();
  const names = programNames.data ?? new Map<string, string>();

  // Not the current year for a moment and then the latest one: the year is known before the page shows.
  if (!ready) return <Loading />;

  return (
    <section className="page page-wide">
      <header className="page-header">
        <div>
          <h1>{t('reporting.achievements.title')}</h1>
          <p className="muted">{t('reporting.achievements.intro')}</p>
        </div>
        <div className="button-row">
          <ExportButton
            kind="realizations"
            query={{ year, program: program || undefined }}
            text={t('imports.export.realizationsCsv')}
          />
          <ExportButton kind="targets" query={{ year, program: program || undefined }} text={t('imports.export.targetsCsv')} />
        </div>
      </header>

      <AchievementFilterBar filters={filters}>
        <SelectField
          label={t('reporting.achievements.program')}
          value={program}
          onChange={(event) => update('program', event.target.value)}
        >
          <option value="">{t('reporting.achievements.allPrograms')}</option>
          {programCodes.map((code) => (
            <option key={code} value={code}>
              {code} · {names.get(code) ?? ''}
            </option>
          ))}
        </SelectField>
      </AchievementFilterBar>

      {report.isPending && <Loading />}
      {report.isError && <ErrorBanner error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && (
        <>
          <RatingLegend bands={report.data.bands} />
          <AchievementMatrix
            report={report.data}
            regions={(regions.data?.items ?? []).map(({ code, name }) => ({ code, name }))}
            programNames={names}
          />
        </>
      )}
    </section>
  );
}
