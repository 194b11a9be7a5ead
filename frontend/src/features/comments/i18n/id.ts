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
};

export default comments;
export type CommentsMessages = typeof comments;
