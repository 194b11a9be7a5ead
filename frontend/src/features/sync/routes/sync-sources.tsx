import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { formatDecimal, formatInstant } from '@/lib/number-format';
import { type SyncSource, useRunSyncSource, useSyncSources } from '../api/sync-sources';
import '../sync.css';

/** The badge of each state, in the colours the workflow's states already use. */
const BADGES: Record<SyncSource['state'], string> = {
  NEVER_RUN: 'status-draft',
  RUNNING: 'status-submitted',
  OK: 'status-verified',
  FAILING: 'status-returned',
};

const UNITS: [Intl.NumberFormatOptions['unit'], number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/** "3 jam" / "3 hours": the largest whole unit of a lag. */
export function formatLag(seconds: number, language: string): string {
  const [unit, size] = UNITS.find(([, length]) => seconds >= length) ?? UNITS[UNITS.length - 1];
  return new Intl.NumberFormat(language, { style: 'unit', unit, unitDisplay: 'long' }).format(Math.floor(seconds / size));
}

export function SyncSourcesRoute() {
  const { t, i18n } = useTranslation();
  const sources = useSyncSources();
  const run = useRunSyncSource();
  const [outcome, setOutcome] = useState('');
  const language = i18n.language;

  const runNow = (name: string) => {
    setOutcome('');
    run.mutate(
      { name },
      { onSuccess: (source) => setOutcome(t('sync.ran', { name: source.name, state: t(`sync.states.${source.state}`) })) },
    );
  };

  return (
    <section className="page sync-sources">
      <header className="page-header">
        <div>
          <h1>{t('sync.title')}</h1>
          <p className="muted">{t('sync.intro')}</p>
        </div>
      </header>
      {sources.isPending && <Loading />}
      {sources.isError && <ErrorBanner error={sources.error} onRetry={() => void sources.refetch()} />}
      {run.isError && <ErrorBanner error={run.error} />}
      <p className="muted" aria-live="polite">
        {outcome}
      </p>
      {sources.data?.length === 0 && <p>{t('sync.empty')}</p>}
      {!!sources.data?.length && (
        <div className="table-wrapper">
          <table className="data-table">
            <caption className="visually-hidden">{t('sync.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sync.columns.source')}</th>
                <th scope="col">{t('sync.columns.state')}</th>
                <th scope="col">{t('sync.columns.lastSuccess')}</th>
                <th scope="col">{t('sync.columns.lag')}</th>
                <th scope="col">{t('sync.columns.progress')}</th>
                <th scope="col">{t('sync.columns.lastError')}</th>
                <th scope="col">{t('sync.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {sources.data.map((source) => (
                <SourceRow
                  key={source.name}
                  source={source}
                  language={language}
                  running={run.isPending && run.variables?.name === source.name}
                  onRun={() => runNow(source.name)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

interface SourceRowProps {
  source: SyncSource;
  language: string;
  running: boolean;
  onRun: () => void;
}

function SourceRow({ source, language, running, onRun }: SourceRowProps) {
  const { t } = useTranslation();
  return (
    <tr>
      <th scope="row">
        {source.name}
        <div className="muted">
          {t('sync.province', { code: source.regionCode })}
          {!source.enabled && ` · ${t('sync.scheduleOff')}`}
        </div>
        <div className="muted break-anywhere">{source.url}</div>
      </th>
      <td>
        <span className={`status-badge ${BADGES[source.state]}`}>{t(`sync.states.${source.state}`)}</span>
      </td>
      <td>{source.lastSuccessAt ? formatInstant(source.lastSuccessAt, language) : t('sync.never')}</td>
      <td>{source.lagSeconds == null ? '—' : formatLag(source.lagSeconds, language)}</td>
      <td className="numeric">
        {formatDecimal(source.changesRead, language)} / {formatDecimal(source.recordsWritten, language)}
      </td>
      <td>
        {source.lastError ? (
          <>
            <span className="break-anywhere">{source.lastError}</span>
            {source.lastErrorAt && (
              <div className="muted">{t('sync.errorAt', { time: formatInstant(source.lastErrorAt, language) })}</div>
            )}
          </>
        ) : (
          t('sync.none')
        )}
      </td>
      <td>
        <button type="button" className="button" onClick={onRun} disabled={running || source.state === 'RUNNING'}>
          {running ? t('sync.running') : t('sync.run')}
        </button>
      </td>
    </tr>
  );
}
