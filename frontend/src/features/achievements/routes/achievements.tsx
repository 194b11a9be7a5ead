import { useTranslation } from 'react-i18next';
import { useAddressParams } from '@/lib/use-address-params';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { SelectField } from '@/components/select-field';
import { ExportButton } from '@/features/imports';
import { useRegions } from '@/features/regions';
import { periodLabel, reportingYears, todayIso } from '@/lib/periods';
import { type AchievementBasis, useAchievements, useProgramNames } from '../api/get-achievements';
import { useShownYear } from '../api/get-latest-year';
import { AchievementMatrix } from '../components/achievement-matrix';
import { RatingLegend } from '../components/rating-legend';
import { throughPeriods } from '../components/through-periods';

const BASES: AchievementBasis[] = ['REPORTED', 'VERIFIED'];

export function AchievementsRoute() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const [params, changeParams] = useAddressParams();
  const currentYear = Number(todayIso().slice(0, 4));
  const { year, ready } = useShownYear(params.get('year'));
  const requestedPeriod = params.get('period') ?? '';
  const period = throughPeriods(year).includes(requestedPeriod) ? requestedPeriod : '';
  const basis: AchievementBasis = params.get('basis') === 'VERIFIED' ? 'VERIFIED' : 'REPORTED';
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

  const update = (key: string, value: string, reset: string[] = []) =>
    changeParams((next) => {
      if (value) next.set(key, value);
      else next.delete(key);
      reset.forEach((name) => next.delete(name));
    });

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

      <div className="filter-bar">
        <SelectField
          label={t('reporting.period.year')}
          value={year}
          onChange={(event) => update('year', event.target.value, ['period'])}
        >
          {reportingYears(Math.max(currentYear, year)).map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('reporting.achievements.throughPeriod')}
          value={period}
          onChange={(event) => update('period', event.target.value)}
        >
          <option value="">{t('reporting.achievements.wholeYear')}</option>
          {throughPeriods(year).map((option) => (
            <option key={option} value={option}>
              {periodLabel(option, t, language)}
            </option>
          ))}
        </SelectField>
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
        <SelectField
          label={t('reporting.achievements.basis')}
          value={basis}
          onChange={(event) => update('basis', event.target.value === 'REPORTED' ? '' : event.target.value)}
        >
          {BASES.map((option) => (
            <option key={option} value={option}>
              {t(`reporting.achievements.${option}`)}
            </option>
          ))}
        </SelectField>
      </div>

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
