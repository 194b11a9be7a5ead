// Bahasa Indonesia for comment threads beside values, findings, recommendations and proposals.
const comments = {
  title: 'Diskusi',
  empty: 'Belum ada komentar.',
  add: 'Tulis komentar',
  placeholder: 'Sebut rekan dengan @nama-pengguna, misalnya @verifier',
  send: 'Kirim komentar',
  edited: 'diubah',
  deleted: 'Komentar dihapus oleh penulisnya.',
  delete: 'Hapus',
  valueThread: 'Diskusi nilai {{indicator}}',
  open: 'Diskusi',
  openLabel: 'Diskusi {{subject}}',
  openLabelCounted_one: 'Diskusi {{subject}}, {{count}} komentar',
  openLabelCounted_other: 'Diskusi {{subject}}, {{count}} komentar',
};

export default comments;
export type CommentsMessages = typeof comments;
