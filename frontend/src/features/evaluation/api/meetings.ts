import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { ifMatch, unwrapVersioned } from '@/lib/versioned';
import type { Versioned } from '@/lib/versioned';
import { apiClient, unwrap } from '@/lib/api-client';
import {
  type Agreement,
  type AgreementInput,
  EVALUATION_PAGE_SIZE,
  type Meeting,
  type MeetingInput,
  evaluationKeys,
} from './types';

export type MeetingFilters = Omit<
  NonNullable<paths['/api/v1/meetings']['get']['parameters']['query']>,
  'page' | 'size' | 'sort' | 'updatedSince'
>;

export function getMeetings(filters: MeetingFilters) {
  return unwrap(
    apiClient.GET('/api/v1/meetings', {
      params: { query: { ...filters, size: EVALUATION_PAGE_SIZE, sort: '-date' } },
    }),
  );
}

export function useMeetings(filters: MeetingFilters = {}) {
  return useQuery({
    queryKey: evaluationKeys.meetingList(filters),
    queryFn: () => getMeetings(filters),
    placeholderData: keepPreviousData,
  });
}

export function getMeeting(id: string): Promise<Versioned<Meeting>> {
  return unwrapVersioned(apiClient.GET('/api/v1/meetings/{id}', { params: { path: { id } } }));
}

export function useMeeting(id: string | null | undefined) {
  return useQuery({
    queryKey: evaluationKeys.meeting(id ?? ''),
    queryFn: () => getMeeting(id as string),
    enabled: Boolean(id),
  });
}

function useStoreMeeting() {
  const queryClient = useQueryClient();
  return (saved: Versioned<Meeting>) => {
    queryClient.setQueryData(evaluationKeys.meeting(saved.record.id), saved);
    void queryClient.invalidateQueries({ queryKey: evaluationKeys.meetings() });
  };
}

export function useCreateMeeting() {
  const store = useStoreMeeting();
  return useMutation({
    mutationFn: (input: MeetingInput) => unwrapVersioned(apiClient.POST('/api/v1/meetings', { body: input })),
    onSuccess: store,
  });
}

/** Replaces the meeting, refused with 412 when `etag` is no longer current. */
export function useReplaceMeeting(id: string) {
  const store = useStoreMeeting();
  return useMutation({
    mutationFn: ({ input, etag }: { input: MeetingInput; etag: string | null }) =>
      unwrapVersioned(
        apiClient.PUT('/api/v1/meetings/{id}', { params: { path: { id }, header: ifMatch(etag) }, body: input }),
      ),
    onSuccess: store,
  });
}

/** Agreements come embedded in their meeting: every write reloads the meeting. */
function useRefreshMeeting(meetingId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: evaluationKeys.meeting(meetingId) });
}

export function useAddAgreement(meetingId: string) {
  const refresh = useRefreshMeeting(meetingId);
  return useMutation({
    mutationFn: (input: AgreementInput) =>
      unwrap(apiClient.POST('/api/v1/meetings/{id}/agreements', { params: { path: { id: meetingId } }, body: input })),
    onSuccess: refresh,
  });
}

export function getAgreement(id: string): Promise<Versioned<Agreement>> {
  return unwrapVersioned(apiClient.GET('/api/v1/agreements/{id}', { params: { path: { id } } }));
}

/** One agreement with its ETag, read when an edit or a deletion starts so the write names what was seen. */
export function useAgreement(id: string | null | undefined) {
  return useQuery({
    queryKey: evaluationKeys.agreement(id ?? ''),
    queryFn: () => getAgreement(id as string),
    enabled: Boolean(id),
    staleTime: 0,
  });
}

/** Replaces the agreement, refused with 412 when `etag` is no longer current. */
export function useReplaceAgreement(meetingId: string) {
  const refresh = useRefreshMeeting(meetingId);
  return useMutation({
    mutationFn: ({ id, input, etag }: { id: string; input: AgreementInput; etag: string | null | undefined }) =>
      unwrap(apiClient.PUT('/api/v1/agreements/{id}', { params: { path: { id }, header: ifMatch(etag) }, body: input })),
    onSuccess: refresh,
  });
}

export function useDeleteAgreement(meetingId: string) {
  const refresh = useRefreshMeeting(meetingId);
  return useMutation({
    mutationFn: ({ id, etag }: { id: string; etag: string | null | undefined }) =>
      unwrap(apiClient.DELETE('/api/v1/agreements/{id}', { params: { path: { id }, header: ifMatch(etag) } })),
    onSuccess: refresh,
  });
}
