// What other features may use of the comments feature: the thread shown beside a record.
export { CommentThread } from './components/comment-thread';
