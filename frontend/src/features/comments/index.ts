// What other features may use of the comments feature: the thread shown beside a record, the button
// that opens it from the record's row, and the counts that button shows.
export { type CountScope, useCommentCounts } from './api/comment-counts';
export type { ThreadRef } from './api/comments';
export { CommentsButton } from './components/comments-button';
export { CommentThread } from './components/comment-thread';
