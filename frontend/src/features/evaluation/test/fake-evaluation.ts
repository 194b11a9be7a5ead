import type { CurrentUser } from '@/features/auth';
import { fakeApi, json } from '@/test/fake-api';
import { INDICATORS, PROGRAMS, REGIONS } from '@/test/fixtures';
import type { Finding, FollowUp, Meeting, Recommendation } from '../api/types';
import { MEETING_2022 } from './fixtures';

type Handlers = Parameters<typeof fakeApi>[0];

function page<T>(items: T[]) {
  return json({ items, page: 0, size: 500, total: items.length });
}

export interface EvaluationData {
  meetings?: Meeting[];
  findings?: Finding[];
  recommendations?: Record<string, Recommendation[]>;
  followUps?: Record<string, FollowUp[]>;
}

/** The evaluation endpoints over the given records, filtering findings as the server does. */
export function serveEvaluation(user: CurrentUser, data: EvaluationData = {}, extra: Handlers = {}) {
  const meetings = data.meetings ?? [MEETING_2022];
  const findings = data.findings ?? [];
  const handlers: Handlers = {
    'GET /api/v1/auth/me': () => json(user),
    'GET /api/v1/regions': () => page(REGIONS),
    'GET /api/v1/programs': () => page(PROGRAMS),
    'GET /api/v1/indicators': () => page(INDICATORS),
    'GET /api/v1/meetings': () => page(meetings),
    'GET /api/v1/findings': (_request, url) => {
      const query = url.searchParams;
      const match = (name: string, value: string | boolean | null | undefined) =>
        !query.get(name) || query.get(name) === String(value);
      return page(
        findings.filter(
          (entry) =>
            match('region', entry.regionCode) &&
            match('category', entry.category) &&
            match('severity', entry.severity) &&
            match('status', entry.status) &&
            match('meeting', entry.meetingId) &&
            match('overdue', entry.overdue) &&
            (!query.get('q') || entry.title.toLowerCase().includes((query.get('q') ?? '').toLowerCase())),
        ),
      );
    },
  };
  for (const meeting of meetings) {
    handlers[`GET /api/v1/meetings/${meeting.id}`] = () => json(meeting, 200, { ETag: `"${meeting.version}-test"` });
  }
  for (const entry of findings) {
    handlers[`GET /api/v1/findings/${entry.id}`] = () => json(entry, 200, { ETag: `"${entry.version}-test"` });
    handlers[`GET /api/v1/findings/${entry.id}/recommendations`] = () =>
      json(data.recommendations?.[entry.id] ?? []);
  }
  for (const list of Object.values(data.recommendations ?? {})) {
    for (const entry of list) {
      handlers[`GET /api/v1/recommendations/${entry.id}/follow-ups`] = () => json(data.followUps?.[entry.id] ?? []);
    }
  }
  return fakeApi({ ...handlers, ...extra });
}
