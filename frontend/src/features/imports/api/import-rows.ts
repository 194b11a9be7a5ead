import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { ApiError, type Problem, toProblem } from '@/lib/errors';
import type { DataKind, IdScheme, ImportJob, ImportMode, ImportSummary } from './types';

export interface ImportSource {
  /** The file's text, or the pasted CSV. */
  text: string;
  format: 'csv' | 'json';
}

export interface ImportRequest {
  kind: DataKind;
  source: ImportSource;
  dryRun: boolean;
  mode: ImportMode;
  idScheme: IdScheme;
}

/** A load in ATOMIC mode with rejected rows: nothing was written; the summary says why (422). */
export class ImportRejectedError extends ApiError {
  readonly summary: ImportSummary;

  constructor(problem: Problem, summary: ImportSummary) {
    super(422, problem);
    this.name = 'ImportRejectedError';
    this.summary = summary;
  }
}

/** How often a background load is asked for its progress; tests shorten it. */
export const jobPolling = { intervalMs: 1000 };

export type JobProgressListener = (job: ImportJob) => void;

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Follows a load the server took into the background (large files answer 202 with a job)
 * until it ends, and gives its summary as a synchronous answer would.
 */
export async function waitForJob(accepted: ImportJob, onProgress?: JobProgressListener): Promise<ImportSummary> {
  let job = accepted;
  onProgress?.(job);
  while (job.status === 'QUEUED' || job.status === 'RUNNING') {
    await wait(jobPolling.intervalMs);
    job = await unwrap(apiClient.GET('/api/v1/imports/jobs/{id}', { params: { path: { id: job.id } } }));
    onProgress?.(job);
  }
  const summary = job.summary as ImportSummary | null | undefined;
  if (job.status === 'SUCCEEDED' && summary) return summary;
  if (job.status === 'REJECTED' && summary) {
    throw new ImportRejectedError({ status: 422, title: 'Import rejected', detail: job.error ?? undefined }, summary);
  }
  throw new ApiError(500, { status: 500, detail: job.error ?? undefined });
}

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json' } as const;

/** Checks (dryRun) or loads a file; the server answers with what it did, or with a job for a large file. */
export async function importRows(
  { kind, source, dryRun, mode, idScheme }: ImportRequest,
  onProgress?: JobProgressListener,
): Promise<ImportSummary> {
  const { data, error, response } = await apiClient.POST('/api/v1/imports/{kind}', {
    params: { path: { kind }, query: { dryRun, mode, idScheme } },
    // The text goes as it is: the default serializer would wrap it in JSON quotes.
    body: source.text,
    bodySerializer: (body: unknown) => body as string,
    headers: { 'Content-Type': CONTENT_TYPES[source.format] },
  });
  if (!response.ok) {
    const problem = toProblem(error, response.status) as Problem & { summary?: ImportSummary };
    if (response.status === 422 && problem.summary) {
      throw new ImportRejectedError(problem, problem.summary);
    }
    throw new ApiError(response.status, problem);
  }
  if (response.status === 202) {
    return waitForJob(data as ImportJob, onProgress);
  }
  return data as ImportSummary;
}

/** onProgress hears of a background load's progress, when the server chose to run one. */
export function useImportRows(onProgress?: JobProgressListener) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ImportRequest) => importRows(request, onProgress),
    onSuccess: (summary) => {
      // Loaded rows change what the reporting and achievement pages show.
      if (summary.committed) void queryClient.invalidateQueries();
    },
  });
}
