import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { type ExportQuery, exportFileName, fetchExport } from '../api/export-rows';
import type { DataKind } from '../api/types';
import { saveFile } from './save-file';
import '../imports.css';

interface ExportButtonProps {
  kind: DataKind;
  query: ExportQuery;
  /** The accessible name when several download buttons share a page; "Unduh CSV" otherwise. */
  label?: string;
  /** The visible text; "Unduh CSV" when absent. */
  text?: string;
  className?: string;
}

/** "Unduh CSV": fetches the export with the user's token and saves it as a file. */
export function ExportButton({ kind, query, label, text, className = 'button button-secondary' }: ExportButtonProps) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: () => fetchExport(kind, query),
    onSuccess: (blob) => saveFile(blob, exportFileName(kind, query)),
  });
  return (
    <span className="export-button">
      <button
        type="button"
        className={className}
        aria-label={label}
        disabled={download.isPending}
        onClick={() => download.mutate()}
      >
        {download.isPending ? t('imports.export.downloading') : (text ?? t('imports.export.download'))}
      </button>
      {download.isError && (
        <span className="field-error" role="alert">
          {errorMessage(download.error, t)}
        </span>
      )}
    </span>
  );
}
