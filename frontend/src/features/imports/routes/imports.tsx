import { type ChangeEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { SelectField } from '@/components/select-field';
import { useCurrentUser } from '@/features/auth';
import { useRegions } from '@/features/regions';
import { periodContaining, todayIso } from '@/lib/periods';
import { loadableBy, useBulkKinds } from '../api/get-kinds';
import { ImportRejectedError, type ImportSource, useImportRows } from '../api/import-rows';
import { type BulkKind, ID_SCHEMES, type IdScheme, type ImportMode, type ImportSummary } from '../api/types';
import { ExportPanel } from '../components/export-panel';
import { ImportFailure, SourceError } from '../components/import-failure';
import { ImportSummary as SummaryView, type SummaryStage } from '../components/import-summary';
import { saveFile } from '../components/save-file';
import { templateCsv, templateFileName } from '../components/templates';
import '../imports.css';
import { ownRegion } from '@/lib/authorization';

/** The region of the template's example row, for the default and when none is known. */
const EXAMPLE_REGION = '61.71';

interface Outcome {
  stage: SummaryStage;
  summary: ImportSummary;
}

function isJsonFile(file: File): boolean {
  return file.name.toLowerCase().endsWith('.json') || file.type === 'application/json';
}

export function ImportsRoute() {
  const { t } = useTranslation();
  const { data: user, isPending } = useCurrentUser();
  const bulkKinds = useBulkKinds();
  const today = todayIso();
  const currentYear = Number(today.slice(0, 4));

  if (isPending || bulkKinds.isPending) return <Loading />;
  const kinds = loadableBy(bulkKinds.data ?? [], user?.role);

  return (
    <section className="page imports-page">
      <header className="page-header">
        <div>
          <h1>{t('imports.title')}</h1>
          <p className="muted">{t('imports.intro')}</p>
        </div>
      </header>
      {bulkKinds.isError ? (
        <ErrorBanner error={bulkKinds.error} onRetry={() => void bulkKinds.refetch()} />
      ) : kinds.length === 0 ? (
        <p className="banner banner-notice">{t('imports.forbidden')}</p>
      ) : (
        <ImportPanel kinds={kinds} ownRegion={user?.regionCode ?? null} today={today} />
      )}
      <ExportPanel currentYear={currentYear} ownRegion={ownRegion(user)} />
    </section>
  );
}

interface ImportPanelProps {
  kinds: BulkKind[];
  ownRegion: string | null;
  today: string;
}

function ImportPanel({ kinds, ownRegion, today }: ImportPanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const fileId = useId();
  const pasteId = useId();
  const regions = useRegions();
  // The share of a background load done so far; none while the server answers directly.
  const [progress, setProgress] = useState<number | null>(null);
  const importRows = useImportRows((job) => setProgress(job.progress));
  const fileInput = useRef<HTMLInputElement>(null);
  const pasteInput = useRef<HTMLTextAreaElement>(null);

  const [kind, setKind] = useState<BulkKind>(kinds[0]);
  const [file, setFile] = useState<File | null>(null);
  const [pasted, setPasted] = useState('');
  const [scheme, setScheme] = useState<IdScheme>('KEMENDAGRI');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  const running = importRows.isPending ? (importRows.variables?.dryRun ? 'checking' : 'loading') : null;

  /** Any change to what would be sent makes the last summary stale. */
  const changed = () => {
    setOutcome(null);
    setFailure(null);
  };

  const clearFile = () => {
    setFile(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  const downloadTemplate = () => {
    const code = ownRegion ?? EXAMPLE_REGION;
    const region =
      scheme === 'BPS' ? (regions.data?.items.find((item) => item.code === code)?.bpsCode ?? code.replace('.', '')) : code;
    const csv = templateCsv(kind, {
      region,
      period: periodContaining('QUARTERLY', today),
      year: Number(today.slice(0, 4)),
    });
    saveFile(new Blob([csv], { type: 'text/csv;charset=utf-8' }), templateFileName(kind.name));
  };

  async function readSource(): Promise<ImportSource> {
    if (file) {
      const text = await file.text();
      if (isJsonFile(file)) {
        let parsed: unknown;
        try {
          parsed = JSON.parse(text);
        } catch {
          parsed = null;
        }
        if (!Array.isArray(parsed)) throw new SourceError(t('imports.failure.badJson'));
        return { text, format: 'json' };
      }
      return { text, format: 'csv' };
    }
    if (!pasted.trim()) throw new SourceError(t('imports.file.empty'));
    return { text: pasted, format: 'csv' };
  }

  async function run(dryRun: boolean, mode: ImportMode) {
    setFailure(null);
    setProgress(null);
    let source: ImportSource;
    try {
      source = await readSource();
    } catch (error) {
      setOutcome(null);
      setFailure(error);
      return;
    }
    importRows.mutate(
      { kind: kind.name, source, dryRun, mode, idScheme: scheme },
      {
        onSuccess: (summary) => setOutcome({ stage: dryRun ? 'checked' : 'loaded', summary }),
        onError: (error) => {
          if (error instanceof ImportRejectedError) {
            setOutcome({ stage: 'rejected', summary: error.summary });
          } else {
            setFailure(error);
          }
        },
      },
    );
  }

  const fixAndRecheck = () => {
    setOutcome(null);
    setFailure(null);
    if (file) {
      clearFile();
      fileInput.current?.focus();
    } else {
      pasteInput.current?.focus();
    }
  };

  const startOver = () => {
    clearFile();
    setPasted('');
    setOutcome(null);
    setFailure(null);
  };

  const onFileChange = (event: ChangeEvent<HTMLInputElement>) => {
    setFile(event.target.files?.[0] ?? null);
    changed();
  };

  const summary = outcome?.summary;
  const hasConflicts = (summary?.conflicts.length ?? 0) > 0;
  const validRows = summary ? summary.rows - summary.rejected : 0;
  const busy = importRows.isPending;

  return (
    <section className="import-panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('imports.loadTitle')}</h2>
      <form
        className="import-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(true, 'ATOMIC');
        }}
      >
        <fieldset className="import-kinds">
          <legend>{t('imports.kind.label')}</legend>
          {kinds.map((option) => (
            <label key={option.name} className="checkbox">
              <input
                type="radio"
                name="kind"
                value={option.name}
                checked={kind.name === option.name}
                onChange={() => {
                  setKind(option);
                  changed();
                }}
              />
              {t(`imports.kind.${option.name}`, { defaultValue: option.name })}
            </label>
          ))}
          <p className="field-hint">
            {t(`imports.kindHint.${kind.name}`, {
              defaultValue: t('imports.kindHint.columns', { columns: kind.columns.join(', ') }),
            })}
          </p>
        </fieldset>

        <div className="import-template">
          <button type="button" className="button button-secondary" onClick={downloadTemplate}>
            {t('imports.template.download')}
          </button>
          <span className="field-hint">{t('imports.template.hint')}</span>
        </div>

        <div className="field">
          <label htmlFor={fileId}>{t('imports.file.label')}</label>
          <input
            id={fileId}
            ref={fileInput}
            type="file"
            accept=".csv,.json,.txt,text/csv,application/json,text/plain"
            onChange={onFileChange}
          />
          {file && (
            <p className="import-file">
              <span>{t('imports.file.chosen', { name: file.name })}</span>{' '}
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => {
                  clearFile();
                  changed();
                }}
              >
                {t('imports.file.clear')}
              </button>
            </p>
          )}
        </div>

        <div className="field">
          <label htmlFor={pasteId}>{t('imports.file.pasteLabel')}</label>
          <textarea
            id={pasteId}
            ref={pasteInput}
            className="import-paste"
            rows={6}
            spellCheck={false}
            placeholder={t('imports.file.pastePlaceholder')}
            value={pasted}
            disabled={file !== null}
            aria-describedby={file ? `${pasteId}-hint` : undefined}
            onChange={(event) => {
              setPasted(event.target.value);
              changed();
            }}
          />
          {file && (
            <span id={`${pasteId}-hint`} className="field-hint">
              {t('imports.file.pasteDisabled')}
            </span>
          )}
        </div>

        <SelectField
          label={t('imports.scheme.label')}
          value={scheme}
          onChange={(event) => {
            setScheme(event.target.value as IdScheme);
            changed();
          }}
        >
          {ID_SCHEMES.map((option) => (
            <option key={option} value={option}>
              {t(`imports.scheme.${option}`)}
            </option>
          ))}
        </SelectField>

        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('imports.actions.check')}
          </button>
        </div>
      </form>

      {running && (
        <div className="import-progress" role="status">
          <progress aria-label={t(`imports.progress.${running}`)} max={100} value={progress ?? undefined} />
          <span>
            {t(`imports.progress.${running}`)}
            {progress !== null && ` ${progress}%`}
          </span>
        </div>
      )}

      {failure !== null && <ImportFailure error={failure} columns={kind.columns} />}

      {outcome && summary && (
        <>
          <SummaryView summary={summary} stage={outcome.stage} />
          {!busy && (
            <div className="button-row import-actions">
              {outcome.stage === 'loaded' ? (
                <button type="button" className="button button-secondary" onClick={startOver}>
                  {t('imports.actions.startOver')}
                </button>
              ) : hasConflicts ? (
                <>
                  <button type="button" className="button button-secondary" onClick={fixAndRecheck}>
                    {t('imports.actions.fixAndRecheck')}
                  </button>
                  <button
                    type="button"
                    className="button button-primary"
                    disabled={validRows <= 0}
                    onClick={() => void run(false, 'PARTIAL')}
                  >
                    {t('imports.actions.loadValid')}
                  </button>
                  {validRows <= 0 && <span className="field-hint">{t('imports.summary.nothingValid')}</span>}
                </>
              ) : (
                <button
                  type="button"
                  className="button button-primary"
                  disabled={summary.rows === 0}
                  onClick={() => void run(false, 'ATOMIC')}
                >
                  {t('imports.actions.load')}
                </button>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
