import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { type Realization, type RealizationInput, reportingKeys, type SubmitPeriodResponse } from './types';

export interface RealizationKey {
  indicatorCode: string;
  regionCode: string;
  period: string;
}

const pathOf = ({ indicatorCode, regionCode, period }: RealizationKey) => ({ indicatorCode, regionCode, period });

/** Saves a value as a draft (created or changed). */
export function saveRealization(key: RealizationKey, input: RealizationInput): Promise<Realization> {
  return unwrap(
    apiClient.PUT('/api/v1/realizations/{indicatorCode}/{regionCode}/{period}', {
      params: { path: pathOf(key) },
      body: input,
    }),
  );
}

/** Submits every draft and returned value of a region for a period. */
export function submitPeriod(regionCode: string, period: string): Promise<SubmitPeriodResponse> {
  return unwrap(apiClient.POST('/api/v1/realizations/submissions', { body: { regionCode, period } }));
}

export function verifyRealization(key: RealizationKey): Promise<Realization> {
  return unwrap(
    apiClient.POST('/api/v1/realizations/{indicatorCode}/{regionCode}/{period}/verify', {
      params: { path: pathOf(key) },
    }),
  );
}

export function returnRealization(key: RealizationKey, reason: string): Promise<Realization> {
  return unwrap(
    apiClient.POST('/api/v1/realizations/{indicatorCode}/{regionCode}/{period}/return', {
      params: { path: pathOf(key) },
      body: { reason },
    }),
  );
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
    mutationFn: (key: RealizationKey) => verifyRealization(key),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportingKeys.realizations() }),
  });
}

export function useReturnRealization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, reason }: { key: RealizationKey; reason: string }) => returnRealization(key, reason),
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportingKeys.realizations() }),
  });
}
