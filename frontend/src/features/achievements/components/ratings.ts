import type { TFunction } from 'i18next';
import type { Rating, RatingBand } from '../api/get-achievements';

export const RATINGS: readonly Rating[] = ['VERY_GOOD', 'GOOD', 'FAIR', 'POOR', 'VERY_POOR'];

/** Cell and bar colours, from green to red; the CSS classes rating-* use the same. */
export const RATING_COLORS: Record<Rating, string> = {
  VERY_GOOD: '#1e7b45',
  GOOD: '#8cc98f',
  FAIR: '#f4d35e',
  POOR: '#f29e4c',
  VERY_POOR: '#c8323c',
};

export const MISSING_COLOR = '#c9ced6';

export function ratingClass(rating: Rating | null | undefined): string {
  return rating ? `rating-${rating.toLowerCase().replace('_', '-')}` : 'rating-none';
}

/**
 * The rating of a figure the dashboard derives itself (a program's mean), by the server's bands: the band
 * with the highest minimum the value reaches, as the server rates each indicator's achievement.
 */
export function ratingOf(value: number | null, bands: RatingBand[]): Rating | null {
  if (value === null) return null;
  const sorted = [...bands].sort((a, b) => (b.minimum ?? -Infinity) - (a.minimum ?? -Infinity));
  return sorted.find((band) => band.minimum === null || band.minimum === undefined || value >= band.minimum)?.rating ?? null;
}

/** "≥ 91%", "76% – < 91%", "< 51%": the range of each band, highest first. */
export function bandRanges(bands: RatingBand[], t: TFunction, language: string): { rating: Rating; range: string }[] {
  const format = (value: number) => new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
  const sorted = [...bands].sort((a, b) => (b.minimum ?? -Infinity) - (a.minimum ?? -Infinity));
  return sorted.map((band, index) => {
    const above = index > 0 ? sorted[index - 1].minimum : null;
    const min = band.minimum;
    let range: string;
    if (min === null || min === undefined) range = t('reporting.achievements.bandBelow', { max: format(above ?? 0) });
    else if (above === null || above === undefined) range = t('reporting.achievements.bandAtLeast', { min: format(min) });
    else range = t('reporting.achievements.bandBetween', { min: format(min), max: format(above) });
    return { rating: band.rating, range };
  });
}

/** Regency names without the "Kabupaten" prefix, to keep matrix columns narrow. */
export function shortRegionName(name: string): string {
  return name.replace(/^Kabupaten\s+/, '').replace(/^Provinsi\s+/, '');
}
