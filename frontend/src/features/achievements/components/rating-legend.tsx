import { useTranslation } from 'react-i18next';
import type { RatingBand } from '../api/get-achievements';
import { bandRanges, ratingClass } from './ratings';

/** The bands the server rated with, and the mark for missing data. */
export function RatingLegend({ bands }: { bands: RatingBand[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="rating-legend" role="group" aria-label={t('reporting.achievements.legend')}>
      <span className="muted">{t('reporting.achievements.legend')}:</span>
      {bandRanges(bands, t, i18n.resolvedLanguage ?? 'id').map(({ rating, range }) => (
        <span key={rating} className="legend-item">
          <span className={`legend-swatch ${ratingClass(rating)}`} aria-hidden="true" />
          {t(`reporting.rating.${rating}`)} <span className="muted">({range})</span>
        </span>
      ))}
      <span className="legend-item">
        <span className="legend-swatch rating-none" aria-hidden="true">
          —
        </span>
        {t('reporting.achievements.missing')}
      </span>
      <span className="legend-item">
        <span className="legend-swatch" aria-hidden="true">
          *
        </span>
        {t('reporting.achievements.partialLegend')}
      </span>
    </div>
  );
}
