import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { etagOf, ifMatch } from '@/lib/versioned';
import {
  type Realization,
  type RealizationInput,
  reportingKeys,
  type SubmitPeriodResponse,
  type VerifyPeriodResponse,
} from './types';

export { etagOf };

export interface RealizationKey {
  indicatorCode: string;
  regionCode: string;
  period: string;
}

const pathOf = ({ indicatorCode, regionCode, period }: RealizationKey) => ({ indicatorCode, regionCode, period });

// Each write names the ETag of the value as it was read (`etagOf` a listed value), so that a
// value someone else changed in the meantime is refused with 412 instead of overwritten.

/** Saves a value as a draft (created or changed). */
export function saveRealization(key: RealizationKey, input: RealizationInput, etag?: string | null): Promise<Realization> {
  return unwrap(
    apiClient.PUT('/api/v1/realizations/{indicatorCode}/{regionCode}/{period}', {
      params: { path: pathOf(key), header: ifMatch(etag) },
      body: input,
    }),
  );
}

/** Submits every draft and returned value of a region for a period. */
export function submitPeriod(regionCode: string, period: string): Promise<SubmitPeriodResponse> {
  return unwrap(apiClient.POST('/api/v1/realizations/submissions', { body: { regionCode, period } }));
}

export function verifyRealization(key: RealizationKey, etag?: string | null): Promise<Realization> {
  return unwrap(
    apiClient.POST('/api/v1/realizations/{indicatorCode}/{regionCode}/{period}/verify', {
      params: { path: pathOf(key), header: ifMatch(etag) },
    }),
  );
}

export function returnRealization(key: RealizationKey, reason: string, etag?: string | null): Promise<Realization> {
  return unwrap(
    apiClient.POST('/api/v1/realizations/{indicatorCode}/{regionCode}/{period}/return', {
      params: { path: pathOf(key), header: ifMatch(etag) },
      body: { reason },
    }),
  );
}

/** Reopens a verified value so that its region can correct it (ADMIN), with the reason. */
export function reopenRealization(key: RealizationKey, reason: string, etag?: string | null): Promise<Realization> {
  return unwrap(
    apiClient.POST('/api/v1/realizations/{indicatorCode}/{regionCode}/{period}/reopen', {
      params: { path: pathOf(key), header: ifMatch(etag) },
      body: { reason },
    }),
  );
}

/**
 * Verifies every submitted value of a region's period that the verifier looked at: refused with
 * 412 (naming the values in `changed`) if one was submitted, changed or returned since.
 */
export function verifyPeriod(
  regionCode: string,
  period: string,
  seen: Pick<Realization, 'indicatorCode' | 'version'>[],
): Promise<VerifyPeriodResponse> {
  return unwrap(
    apiClient.POST('/api/v1/realizations/verifications', {
      body: {
        regionCode,
        period,
        expected: seen.map(({ indicatorCode, version }) => ({ indicatorCode, version })),
      },
    }),
  );
}

/** Deletes a saved draft or returned value; refused with 412 if it changed since it was read. */
export function deleteRealization(key: RealizationKey, etag?: string | null): Promise<unknown> {
  return unwrap(
    apiClient.DELETE('/api/v1/realizations/{indicatorCode}/{regionCode}/{period}', {
      params: { path: pathOf(key), header: ifMatch(etag) },
    }),
  );
}

export function useVerifyPeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ regionCode, period, seen }: { regionCode: string; period: string; seen: Realization[] }) =>
      verifyPeriod(regionCode, period, seen),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportingKeys.realizations() }),
  });
}

export function useDeleteRealization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (realization: Realization) => deleteRealization(realization, etagOf(realization)),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportingKeys.realizations() }),
  });
}

export function useSubmitPeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ regionCode, period }: { regionCode: string; period: string }) => submitPeriod(regionCode, period),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportingKeys.realizations() }),
  });
}

export function useVerifyRealization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, etag }: { key: RealizationKey; etag?: string | null }) => verifyRealization(key, etag),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportingKeys.realizations() }),
  });
}

export function useReturnRealization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, reason, etag }: { key: RealizationKey; reason: string; etag?: string | null }) =>
      returnRealization(key, reason, etag),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportingKeys.realizations() }),
  });
}
