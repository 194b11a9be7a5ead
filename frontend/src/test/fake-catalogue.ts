import type { CurrentUser } from '@/features/auth';
import type { Indicator, Program } from '@/features/catalogue';
import { fakeApi, json } from './fake-api';
import { INDICATORS, PROGRAMS } from './fixtures';

type Handlers = Parameters<typeof fakeApi>[0];

function matchesText(record: { code: string; name: string }, q: string | null) {
  if (!q) return true;
  const needle = q.toLowerCase();
  return record.code.toLowerCase().includes(needle) || record.name.toLowerCase().includes(needle);
}

function matchesActive(record: { active: boolean }, active: string | null) {
  return active === null || String(record.active) === active;
}

function page<T>(items: T[], url: URL) {
  return json({ items, page: 0, size: Number(url.searchParams.get('size') ?? 50), total: items.length });
}

export const etagOf = (record: { version: number }) => `"${record.version}-test"`;

/**
 * The catalogue endpoints over the fixtures, filtering as the server does, for `user`;
 * `extra` adds or overrides handlers (writes, single records).
 */
export function serveCatalogue(
  user: CurrentUser,
  extra: Handlers = {},
  data: { programs?: Program[]; indicators?: Indicator[] } = {},
) {
  const programs = data.programs ?? PROGRAMS;
  const indicators = data.indicators ?? INDICATORS;
  const fieldOf = new Map(programs.map((program) => [program.code, program.field]));
  const handlers: Handlers = {
    'GET /api/v1/auth/me': () => json(user),
    'GET /api/v1/programs': (_request, url) => {
      const query = url.searchParams;
      return page(
        programs.filter(
          (program) =>
            (!query.get('field') || program.field === query.get('field')) &&
            matchesActive(program, query.get('active')) &&
            matchesText(program, query.get('q')),
        ),
        url,
      );
    },
    'GET /api/v1/indicators': (_request, url) => {
      const query = url.searchParams;
      return page(
        indicators.filter(
          (indicator) =>
            (!query.get('field') || fieldOf.get(indicator.programCode) === query.get('field')) &&
            (!query.get('program') || indicator.programCode === query.get('program')) &&
            (!query.get('polarity') || indicator.polarity === query.get('polarity')) &&
            (!query.get('periodType') || indicator.periodType === query.get('periodType')) &&
            matchesActive(indicator, query.get('active')) &&
            matchesText(indicator, query.get('q')),
        ),
        url,
      );
    },
  };
  for (const program of programs) {
    handlers[`GET /api/v1/programs/${program.code}`] = () => json(program, 200, { ETag: etagOf(program) });
  }
  for (const indicator of indicators) {
    handlers[`GET /api/v1/indicators/${indicator.code}`] = () => json(indicator, 200, { ETag: etagOf(indicator) });
  }
  return fakeApi({ ...handlers, ...extra });
}
