// Bahasa Indonesia for each role's work on the home page.
const work = {
  title: 'Pekerjaan Anda',
  empty: 'Tidak ada yang perlu dikerjakan saat ini.',
  progress: '{{done}} dari {{total}}',
  due: 'batas {{date}}',
  daysLeft: '{{count}} hari lagi',
  overdueBy: 'lewat {{count}} hari',
  waiting: 'menunggu {{count}} hari',
  kinds: {
    OPEN_PERIOD: 'Pelaporan',
    VALUE_RETURNED: 'Nilai dikembalikan',
    RECOMMENDATION_DUE: 'Rekomendasi jatuh tempo',
    RECOMMENDATION_OVERDUE: 'Rekomendasi terlambat',
    PROPOSALS_TO_MAKE: 'Usulan target',
    AWAITING_VERIFICATION: 'Menunggu verifikasi',
    PROPOSALS_TO_REVIEW: 'Tinjau usulan',
    REPORTING_COMPLETENESS: 'Kelengkapan laporan',
    FAILED_IMPORT: 'Impor gagal',
    TARGET_ROUND: 'Penetapan target',
    PROVINCE_COMPLETENESS: 'Kelengkapan provinsi',
    KEY_FIGURE: 'Angka kunci',
  },
};

export default work;
export type WorkMessages = typeof work;
