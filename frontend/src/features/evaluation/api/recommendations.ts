import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '@/lib/api-client';
import { type FollowUpInput, type RecommendationInput, evaluationKeys } from './types';

export function getRecommendations(findingId: string) {
  return unwrap(apiClient.GET('/api/v1/findings/{id}/recommendations', { params: { path: { id: findingId } } }));
}

export function useRecommendations(findingId: string, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: evaluationKeys.recommendations(findingId),
    queryFn: () => getRecommendations(findingId),
    enabled: options.enabled ?? true,
  });
}

export function getFollowUps(recommendationId: string) {
  return unwrap(
    apiClient.GET('/api/v1/recommendations/{id}/follow-ups', { params: { path: { id: recommendationId } } }),
  );
}

export function useFollowUps(recommendationId: string) {
  return useQuery({
    queryKey: evaluationKeys.followUps(recommendationId),
    queryFn: () => getFollowUps(recommendationId),
  });
}

/** A new recommendation or follow-up can change the finding's status, its board column and every count. */
function useRefreshEvaluation() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: evaluationKeys.all });
}

export function useCreateRecommendation(findingId: string) {
  const refresh = useRefreshEvaluation();
  return useMutation({
    mutationFn: (input: RecommendationInput) =>
      unwrap(
        apiClient.POST('/api/v1/findings/{id}/recommendations', { params: { path: { id: findingId } }, body: input }),
      ),
    onSuccess: refresh,
  });
}

export function useAddFollowUp(recommendationId: string) {
  const refresh = useRefreshEvaluation();
  return useMutation({
    mutationFn: (input: FollowUpInput) =>
      unwrap(
        apiClient.POST('/api/v1/recommendations/{id}/follow-ups', {
          params: { path: { id: recommendationId } },
          body: input,
        }),
      ),
    onSuccess: refresh,
  });
}
