import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDecimal } from '@/lib/number-format';
import type { ImportConflict, ImportSummary as Summary } from '../api/types';

/** Row numbers shown before the rest is folded away. */
export const VISIBLE_ROWS = 10;

function formatCount(value: number, language: string): string {
  return formatDecimal(value, language, 0) ?? '0';
}

export type SummaryStage = 'checked' | 'loaded' | 'rejected';

interface ImportSummaryProps {
  summary: Summary;
  stage: SummaryStage;
}

const TITLES = {
  checked: 'imports.summary.checkedTitle',
  loaded: 'imports.summary.loadedTitle',
  rejected: 'imports.summary.rejectedTitle',
} as const;

const COUNTS = ['rows', 'created', 'updated', 'unchanged', 'rejected'] as const;

/** What a check or a load did: the counts, and the rejected rows grouped by error. */
export function ImportSummary({ summary, stage }: ImportSummaryProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const titleId = useId();

  return (
    <section className="import-summary" aria-labelledby={titleId}>
      <h2 id={titleId}>{t(TITLES[stage])}</h2>
      <dl className="import-counts" aria-label={t('imports.summary.countsLabel')}>
        {COUNTS.map((count) => (
          <div key={count} className={`import-count import-count-${count}${summary[count] > 0 ? ` has-${count}` : ''}`}>
            <dt>{t(`imports.summary.${count}`)}</dt>
            <dd>{formatCount(summary[count], language)}</dd>
          </div>
        ))}
      </dl>

      {stage === 'loaded' && (
        <p role="status" className="banner import-done">
          {summary.committed
            ? [
                t('imports.summary.committed', { count: summary.created + summary.updated }),
                summary.rejected > 0 ? t('imports.summary.partial') : '',
                summary.kind === 'REALIZATIONS' ? t('imports.summary.draftsNote') : '',
              ]
                .filter(Boolean)
                .join(' ')
            : t('imports.summary.notCommitted')}
        </p>
      )}
      {stage === 'rejected' && <p className="banner banner-error">{t('imports.summary.rejectedNote')}</p>}

      {summary.conflicts.length === 0 ? (
        stage === 'checked' && <p className="import-ok">{t('imports.summary.noConflicts')}</p>
      ) : (
        <>
          {stage === 'checked' && (
            <p className="banner banner-notice">{t('imports.summary.conflicts', { count: summary.rejected })}</p>
          )}
          <ConflictTable conflicts={summary.conflicts} />
        </>
      )}
    </section>
  );
}

function ConflictTable({ conflicts }: { conflicts: ImportConflict[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  return (
    <div className="table-wrapper">
      <table className="data-table import-conflicts">
        <caption>
          {t('imports.summary.conflictsCaption')} <span className="muted small">{t('imports.summary.rowNumberHint')}</span>
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('imports.summary.column.error')}</th>
            <th scope="col" className="numeric">
              {t('imports.summary.column.count')}
            </th>
            <th scope="col">{t('imports.summary.column.rows')}</th>
            <th scope="col">{t('imports.summary.column.firstValue')}</th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((conflict) => (
            <tr key={conflict.error} data-error={conflict.error}>
              <th scope="row">
                {t(`imports.conflict.${conflict.error}`, { defaultValue: conflict.message })}
                <span className="code small muted"> {conflict.error}</span>
              </th>
              <td className="numeric">{formatCount(conflict.count, language)}</td>
              <td>
                <RowNumbers conflict={conflict} />
              </td>
              <td>
                {conflict.firstValue ? (
                  <code className="import-value">{conflict.firstValue}</code>
                ) : (
                  t('imports.summary.none')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RowNumbers({ conflict }: { conflict: ImportConflict }) {
  const { t } = useTranslation();
  const shown = conflict.rows.slice(0, VISIBLE_ROWS);
  const folded = conflict.rows.slice(VISIBLE_ROWS);
  // The server lists at most the first 1000 rows of an error.
  const unlisted = conflict.count - conflict.rows.length;
  return (
    <div className="import-rows">
      <span>{shown.join(', ')}</span>
      {folded.length > 0 && (
        <details>
          <summary>{t('imports.summary.moreRows', { count: folded.length })}</summary>
          <span>{folded.join(', ')}</span>
        </details>
      )}
      {unlisted > 0 && <span className="muted small">{t('imports.summary.unlisted', { count: unlisted })}</span>}
    </div>
  );
}
