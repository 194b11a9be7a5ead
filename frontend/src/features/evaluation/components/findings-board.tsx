import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../api/types';
import { FindingCard } from './finding-card';
import { BOARD_COLUMNS, groupFindings } from './group-findings';

interface FindingsBoardProps {
  findings: readonly Finding[];
  regionNames: ReadonlyMap<string, string>;
}

/** Findings in columns by where their follow-up stands; the legend says how they are placed. */
export function FindingsBoard({ findings, regionNames }: FindingsBoardProps) {
  const { t } = useTranslation();
  const groups = useMemo(() => groupFindings(findings), [findings]);
  return (
    <>
      <details className="board-legend">
        <summary>{t('evaluation.findings.board.legendTitle')}</summary>
        <p>{t('evaluation.findings.board.legend')}</p>
      </details>
      <div className="findings-board" aria-label={t('evaluation.findings.board.label')} role="group">
        {BOARD_COLUMNS.map((column) => (
          <section
            key={column}
            className={`board-column board-column-${column.toLowerCase().replaceAll('_', '-')}`}
            aria-labelledby={`board-${column}`}
            data-column={column}
          >
            <header className="board-column-header" title={t(`evaluation.findings.board.columnHints.${column}`)}>
              <h2 id={`board-${column}`}>{t(`evaluation.findings.board.columns.${column}`)}</h2>
              <span className="board-count" aria-label={t('evaluation.findings.count', { count: groups[column].length })}>
                {groups[column].length}
              </span>
            </header>
            <p className="board-column-hint">{t(`evaluation.findings.board.columnHints.${column}`)}</p>
            {groups[column].length === 0 ? (
              <p className="muted">{t('evaluation.findings.board.emptyColumn')}</p>
            ) : (
              groups[column].map((finding) => (
                <FindingCard key={finding.id} finding={finding} regionNames={regionNames} />
              ))
            )}
          </section>
        ))}
      </div>
    </>
  );
}
