import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '@/features/auth';
import { useRegion } from '@/features/regions';

export interface Crumb {
  label: string;
  /** Where the crumb leads; the last crumb is the page itself. */
  to?: string;
}

/** "Provinsi Kalimantan Barat" → "Kalimantan Barat", "Kabupaten Sambas" → "Kab. Sambas". */
export function crumbName(name: string): string {
  return name.replace(/^Provinsi\s+/, '').replace(/^Kabupaten\s+/, 'Kab. ');
}

/** The province a region belongs to, by its Kemendagri code: 61.01 → 61. */
export function provinceCodeOf(regionCode: string): string {
  return regionCode.split('.')[0];
}

/** Where the page sits: Nasional › Kalimantan Barat › Kab. Sambas. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumb" aria-label={t('achievements.breadcrumb')}>
      <ol className="breadcrumb-list">
        {trail.map((crumb, index) => (
          <li key={`${index}-${crumb.label}`}>
            {crumb.to && index < trail.length - 1 ? (
              <Link to={crumb.to}>{crumb.label}</Link>
            ) : (
              <span aria-current="page">{crumb.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

/**
 * The trail down to a region (a province, or a regency or city), each step linking to its overview with
 * the same search (year and the like). The nation is a step only for those who may see it.
 */
export function useOverviewTrail(regionCode: string | null, search: string): Crumb[] {
  const { t } = useTranslation();
  const { data: user } = useCurrentUser();
  const provinceCode = regionCode ? provinceCodeOf(regionCode) : null;
  const province = useRegion(provinceCode);
  const region = useRegion(regionCode && regionCode !== provinceCode ? regionCode : null);
  const query = search ? `?${search}` : '';
  const trail: Crumb[] = [];
  if (user && !user.regionCode) trail.push({ label: t('achievements.nation'), to: `/overview${query}` });
  if (provinceCode) {
    trail.push({ label: crumbName(province.data?.name ?? provinceCode), to: `/overview/${provinceCode}${query}` });
  }
  if (regionCode && regionCode !== provinceCode) trail.push({ label: crumbName(region.data?.name ?? regionCode) });
  return trail;
}
