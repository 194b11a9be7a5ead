import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { useCurrentUser } from '@/features/auth';
import { useRegions } from '@/features/regions';
import { periodLabel } from '@/lib/periods';
import { useAddressParams } from '@/lib/use-address-params';
import { type AchievementQuery, useAchievements, useProgramNames } from '../api/get-achievements';
import { Breadcrumbs, crumbName, provinceCodeOf, useOverviewTrail } from '../components/breadcrumbs';
import { overviewRows, programCodesOf } from '../components/overview-rows';
import { OverviewTable } from '../components/overview-table';
import { AchievementFilterBar, useAchievementFilters } from '../components/achievement-filters';
import { RatingLegend } from '../components/rating-legend';

const DEFINITION_ID = 'overview-definition';

/**
 * The overview of program achievement by region: the provinces of the nation (/overview), or the
 * regencies and cities of a province (/overview/61). Accounts bound to a province or a region in it
 * see their province only, and are taken there.
 */
export function OverviewRoute() {
  const { province } = useParams();
  const user = useCurrentUser();
  const [params] = useAddressParams();

  if (user.isPending) return <Loading />;
  if (user.isError) return <ErrorBanner error={user.error} onRetry={() => void user.refetch()} />;
  const own = user.data.regionCode ? provinceCodeOf(user.data.regionCode) : null;
  if (!province && own) {
    const search = params.toString();
    return <Navigate to={`/overview/${own}${search ? `?${search}` : ''}`} replace />;
  }
  return <Overview province={province ?? null} />;
}

function Overview({ province }: { province: string | null }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const filters = useAchievementFilters();
  const { year, ready, period, basis } = filters;

  // The nation: a row per province. A province: a row per regency and city, beside its roll-up.
  const query: AchievementQuery = province
    ? { year, period: period || undefined, basis, level: 'REGENCY', parent: province }
    : { year, period: period || undefined, basis, level: 'PROVINCE' };
  const report = useAchievements(query, ready);
  const regions = useRegions();
  const programNames = useProgramNames();

  // Drill-down links keep the year, period and basis: the next page shows the same figures closer up.
  const kept = new URLSearchParams();
  kept.set('year', String(year));
  if (period) kept.set('period', period);
  if (basis !== 'REPORTED') kept.set('basis', basis);
  const search = kept.toString();
  const trail = useOverviewTrail(province, search);

  if (!ready) return <Loading />;

  const names = new Map((regions.data?.items ?? []).map((region) => [region.code, region.name]));
  const provinceName = province ? (names.get(province) ?? province) : '';
  const title = province ? t('achievements.titleRegion', { region: crumbName(provinceName) }) : t('achievements.titleNation');
  const data = report.data;
  const { rows, rollup } = data ? overviewRows(data) : { rows: [], rollup: null };
  const programCodes = data ? programCodesOf(data) : [];
  const shownPeriod = data ? periodLabel(data.throughPeriod, t, language) : '';

  return (
    <section className="page page-wide">
      {trail.length > 0 && <Breadcrumbs trail={trail} />}
      <header className="page-header">
        <div>
          <h1>{title}</h1>
          <p className="muted">{province ? t('achievements.introProvince') : t('achievements.introNation')}</p>
        </div>
      </header>

      <AchievementFilterBar filters={filters} />

      {report.isPending && <Loading />}
      {report.isError && <ErrorBanner error={report.error} onRetry={() => void report.refetch()} />}
      {data && rows.length === 0 && <p className="muted">{t('achievements.empty')}</p>}
      {data && rows.length > 0 && (
        <>
          <RatingLegend bands={data.bands} />
          <p id={DEFINITION_ID} className="muted small overview-definition">
            <strong>{t('achievements.definitionTitle')}:</strong> {t('achievements.definition')}
          </p>
          <OverviewTable
            caption={t('achievements.caption', {
              unit: province ? t('achievements.unitRegency') : t('achievements.unitProvince'),
              period: data.throughPeriod === String(data.year) ? shownPeriod : t('achievements.through', { period: shownPeriod }),
            })}
            describedBy={DEFINITION_ID}
            regionHeading={province ? t('achievements.column.regency') : t('achievements.column.province')}
            programCodes={programCodes}
            programNames={programNames.data ?? new Map()}
            rows={rows}
            rollup={rollup}
            rollupLabel={
              province ? t('achievements.rollupRegion', { region: crumbName(provinceName) }) : t('achievements.rollupNation')
            }
            rollupLink={province ? `/achievements/regions/${province}?year=${year}` : undefined}
            regionNames={names}
            regionLink={(code) =>
              province
                ? {
                    to: `/achievements/regions/${code}?year=${year}`,
                    title: t('achievements.openRegion', { region: names.get(code) ?? code }),
                  }
                : {
                    to: `/overview/${code}?${search}`,
                    title: t('achievements.openProvince', { region: names.get(code) ?? code }),
                  }
            }
          />
        </>
      )}
    </section>
  );
}
