import { useTranslation } from 'react-i18next';
import type { Finding } from '../api/types';
import { useRecommendations } from '../api/recommendations';
import { formatDate } from './format';
import { regionName } from './use-region-names';

/** The agency's letterhead, on paper only, as on the PDF. */
export function PrintLetterhead() {
  const { t } = useTranslation();
  return (
    <div className="print-only print-letterhead">
      <p className="letterhead-government">{t('evaluation.print.government')}</p>
      <p className="letterhead-agency">{t('evaluation.print.agency')}</p>
      <p className="letterhead-address">{t('evaluation.print.address')}</p>
    </div>
  );
}

/** Each finding of the meeting with its recommendations and their follow-up status, on paper only. */
export function PrintFindingRecommendations({
  findings,
  regionNames,
}: {
  findings: readonly Finding[];
  regionNames: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  return (
    <section className="print-only print-section print-recommendations">
      <h2>{t('evaluation.print.recommendations')}</h2>
      <ol>
        {findings.map((finding) => (
          <li key={finding.id}>
            <strong>{finding.title}</strong> ({regionName(finding.regionCode, regionNames)} ·{' '}
            {t(`evaluation.enums.category.${finding.category}`)})
            <FindingRecommendations finding={finding} regionNames={regionNames} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function FindingRecommendations({ finding, regionNames }: { finding: Finding; regionNames: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const recommendations = useRecommendations(finding.id, { enabled: finding.recommendationCount > 0 });
  const items = recommendations.data ?? [];
  if (finding.recommendationCount === 0) return <p>{t('evaluation.print.noRecommendations')}</p>;
  return (
    <table className="data-table print-table">
      <thead>
        <tr>
          <th scope="col">{t('evaluation.print.recommendation')}</th>
          <th scope="col">{t('evaluation.print.responsible')}</th>
          <th scope="col">{t('evaluation.print.dueDate')}</th>
          <th scope="col">{t('evaluation.print.followUpStatus')}</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.id}>
            <td>{item.text}</td>
            <td>
              {item.responsibleRegionCode
                ? regionName(item.responsibleRegionCode, regionNames)
                : t(`evaluation.enums.responsibleLevel.${item.responsibleLevel}`)}
            </td>
            <td>{item.dueDate ? formatDate(item.dueDate, language, t) : '-'}</td>
            <td>
              {t(`evaluation.enums.recommendationStatus.${item.status}`)}
              {item.statusReason ? `: ${item.statusReason}` : ''}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Place, date and the official who signs, on paper only, as on the PDF. */
export function PrintSignature({ date }: { date: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  return (
    <div className="print-only print-signature">
      <p>
        {t('evaluation.print.city')}, {formatDate(date, language, t)}
      </p>
      <p>{t('evaluation.print.signatoryRole')}</p>
      <p className="signature-space" aria-hidden="true" />
      <p className="signature-name">{t('evaluation.print.signatoryName')}</p>
    </div>
  );
}
