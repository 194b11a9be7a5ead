import type { Comment } from '../api/comments';

/** A comment as the server sends it; written by op-6101 on Sambas's 2026Q4 value unless told otherwise. */
export function comment(id: string, author: string, body: string | null, createdAt: string, overrides: Partial<Comment> = {}): Comment {
  return {
    id,
    threadType: 'REALIZATION',
    threadKey: '2.17.06.01/61.01/2026Q4',
    author,
    body,
    mentions: [],
    deleted: false,
    createdAt,
    editedAt: null,
    revisions: [],
    version: 0,
    ...overrides,
  };
}

/** The body of GET /api/v1/comment-counts. */
export function counts(entries: Record<string, number>) {
  return Object.entries(entries).map(([threadKey, count]) => ({
    threadKey,
    indicatorCode: /^\d{4}\//.test(threadKey) ? threadKey.split('/')[1] : threadKey.split('/')[0],
    count,
  }));
}
