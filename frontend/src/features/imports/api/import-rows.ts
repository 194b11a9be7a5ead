import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { ApiError, type Problem, toProblem } from '@/lib/errors';
import type { DataKind, IdScheme, ImportMode, ImportSummary } from './types';

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

const CONTENT_TYPES = { csv: 'text/csv; charset=utf-8', json: 'application/json' } as const;

/** Checks (dryRun) or loads a file; the server answers synchronously with what it did. */
export async function importRows({ kind, source, dryRun, mode, idScheme }: ImportRequest): Promise<ImportSummary> {
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
  return data as ImportSummary;
}

export function useImportRows() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importRows,
    onSuccess: (summary) => {
      // Loaded rows change what the reporting and achievement pages show.
      if (summary.committed) void queryClient.invalidateQueries();
    },
  });
}
