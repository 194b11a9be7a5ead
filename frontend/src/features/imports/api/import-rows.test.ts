import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/errors';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, json } from '@/test/fake-api';
import { ImportRejectedError, jobPolling, waitForJob } from './import-rows';
import type { ImportJob, ImportSummary } from './types';

const SUMMARY: ImportSummary = {
  kind: 'TARGETS',
  dryRun: false,
  mode: 'ATOMIC',
  committed: false,
  rows: 3,
  created: 2,
  updated: 0,
  unchanged: 0,
  rejected: 1,
  conflicts: [{ error: 'BAD_YEAR', message: 'not a year between 2000 and 2100', count: 1, rows: [4], firstValue: '20266' }],
};

const JOB: ImportJob = {
  id: '5d0c1a52-7e43-4d8e-b7a1-0f6a4d8e2c90',
  kind: 'TARGETS',
  status: 'RUNNING',
  progress: 10,
  fileBytes: 60_000_000,
  createdBy: 'verifier',
  createdAt: '2026-11-27T08:00:00Z',
  finishedAt: null,
  summary: null,
  error: null,
};

function finishingAs(last: Partial<ImportJob>) {
  saveToken('token', 3600);
  fakeApi({ [`GET /api/v1/imports/jobs/${JOB.id}`]: () => json({ ...JOB, progress: 100, ...last }) });
}

describe('waitForJob', () => {
  beforeEach(() => {
    jobPolling.intervalMs = 0;
  });
  afterEach(() => {
    jobPolling.intervalMs = 1000;
  });

  it('gives the summary of a background load that succeeded, reporting progress on the way', async () => {
    finishingAs({ status: 'SUCCEEDED', summary: { ...SUMMARY, committed: true, rejected: 0, conflicts: [] } });
    const seen: number[] = [];
    const summary = await waitForJob(JOB, (job) => seen.push(job.progress));
    expect(summary.committed).toBe(true);
    expect(seen).toEqual([10, 100]);
  });

  it('turns a rejected background load into the same error as a 422, with its summary', async () => {
    finishingAs({ status: 'REJECTED', summary: SUMMARY, error: '1 of 3 rows were rejected, so nothing was loaded' });
    const error = await waitForJob(JOB).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportRejectedError);
    expect((error as ImportRejectedError).summary.conflicts[0].error).toBe('BAD_YEAR');
  });

  it('gives the reason of a failed background load', async () => {
    finishingAs({ status: 'FAILED', error: 'The database went away' });
    const error = await waitForJob(JOB).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('The database went away');
  });
});
