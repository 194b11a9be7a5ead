import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import { DetailList } from '@/components/detail-list';
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
      {sources.data?.map((source) => (
        <SourceCard
          key={source.name}
          source={source}
          language={language}
          running={run.isPending && run.variables?.name === source.name}
          onRun={() => runNow(source.name)}
        />
      ))}
    </section>
  );
}

interface SourceCardProps {
  source: SyncSource;
  language: string;
  running: boolean;
  onRun: () => void;
}

/** One source: a card rather than a table row, so that a long address or error reads well on a phone. */
function SourceCard({ source, language, running, onRun }: SourceCardProps) {
  const { t } = useTranslation();
  const headingId = `sync-source-${source.name}`;
  return (
    <article className="sync-source" aria-labelledby={headingId}>
      <header className="sync-source-header">
        <h2 id={headingId}>{source.name}</h2>
        <span className={`status-badge ${BADGES[source.state]}`}>{t(`sync.states.${source.state}`)}</span>
      </header>
      <p className="muted break-anywhere">
        {t('sync.province', { code: source.regionCode })} · {source.url}
        {!source.enabled && ` · ${t('sync.scheduleOff')}`}
      </p>
      <DetailList
        items={[
          {
            label: t('sync.columns.lastSuccess'),
            value: source.lastSuccessAt ? formatInstant(source.lastSuccessAt, language) : t('sync.never'),
          },
          { label: t('sync.columns.lag'), value: source.lagSeconds == null ? '—' : formatLag(source.lagSeconds, language) },
          {
            label: t('sync.columns.progress'),
            value: `${formatDecimal(source.changesRead, language)} / ${formatDecimal(source.recordsWritten, language)}`,
          },
          {
            label: t('sync.columns.lastError'),
            value: source.lastError ? (
              <>
                <span className="break-anywhere">{source.lastError}</span>
                {source.lastErrorAt && (
                  <span className="muted"> {t('sync.errorAt', { time: formatInstant(source.lastErrorAt, language) })}</span>
                )}
              </>
            ) : (
              t('sync.none')
            ),
          },
        ]}
      />
      <button type="button" className="button" onClick={onRun} disabled={running || source.state === 'RUNNING'}>
        {running ? t('sync.running') : t('sync.run')}
      </button>
    </article>
  );
}
