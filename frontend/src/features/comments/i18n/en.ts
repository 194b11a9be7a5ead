import type { CommentsMessages } from './id';

type Translations<T> = { [K in keyof T]: T[K] extends string ? string : Translations<T[K]> };

const comments: Translations<CommentsMessages> = {
  title: 'Discussion',
  empty: 'No comments yet.',
  add: 'Write a comment',
  placeholder: 'Mention a colleague with @username, e.g. @verifier',
  send: 'Send comment',
  edited: 'edited',
  deleted: 'Comment deleted by its author.',
  delete: 'Delete',
  valueThread: 'Discussion of {{indicator}}',
  open: 'Discussion',
  openLabel: 'Discussion of {{subject}}',
  openLabelCounted_one: 'Discussion of {{subject}}, {{count}} comment',
  openLabelCounted_other: 'Discussion of {{subject}}, {{count}} comments',
};

export default comments;
