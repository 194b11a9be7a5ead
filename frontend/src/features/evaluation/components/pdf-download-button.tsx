import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { saveFile } from '@/features/imports';
import { apiClient } from '@/lib/api-client';
import { errorMessage } from '@/lib/error-message';
import { ApiError, toProblem } from '@/lib/errors';

/** The meeting's summary as the server renders it (A4, letterhead and signature), fetched with the user's token. */
export async function fetchMeetingSummaryPdf(id: string): Promise<Blob> {
  const { data, error, response } = await apiClient.GET('/api/v1/meetings/{id}/summary.pdf', {
    params: { path: { id } },
    parseAs: 'blob',
  });
  if (!response.ok || !data) {
    throw new ApiError(response.status, toProblem(error, response.status));
  }
  return data;
}

/** "Unduh PDF": saves the meeting's summary as a PDF file. */
export function PdfDownloadButton({ meetingId, date }: { meetingId: string; date: string }) {
  const { t } = useTranslation();
  const download = useMutation({
    mutationFn: () => fetchMeetingSummaryPdf(meetingId),
    onSuccess: (blob) => saveFile(blob, `ringkasan-rapat-monev-${date}.pdf`),
  });
  return (
    <span className="export-button no-print">
      <button
        type="button"
        className="button button-secondary"
        disabled={download.isPending}
        onClick={() => download.mutate()}
      >
        {download.isPending ? t('evaluation.meeting.pdfDownloading') : t('evaluation.meeting.pdf')}
      </button>
      {download.isError && (
        <span className="field-error" role="alert">
          {errorMessage(download.error, t)}
        </span>
      )}
    </span>
  );
}
