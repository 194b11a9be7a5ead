// Bahasa Indonesia: the default language of the dashboard.
import accounts from '@/features/accounts/i18n/id';
import achievements from '@/features/achievements/i18n/id';
import comments from '@/features/comments/i18n/id';
import catalogue from '@/features/catalogue/i18n/id';
import regions from '@/features/regions/i18n/id';
import reporting from '@/features/reporting/i18n/id';
import evaluation from '@/features/evaluation/i18n/id';
import imports from '@/features/imports/i18n/id';
import notifications from '@/features/notifications/i18n/id';
import targetRounds from '@/features/target-rounds/i18n/id';
import sync from '@/features/sync/i18n/id';
import work from '@/features/work/i18n/id';

const id = {
  app: {
    name: 'Monev KUMKM',
    tagline: 'Monitoring dan Evaluasi Program Strategis Koperasi dan UKM Kalimantan Barat',
    agency: 'Dinas Koperasi dan UKM Provinsi Kalimantan Barat',
  },
  language: {
    label: 'Bahasa',
    id: 'Bahasa Indonesia',
    en: 'English',
  },
  nav: {
    label: 'Navigasi utama',
    home: 'Beranda',
    regions: 'Wilayah',
    catalogue: 'Katalog',
    meetings: 'Rapat Monev',
    findings: 'Temuan',
  },
  auth: {
    title: 'Masuk',
    intro: 'Masuk dengan akun yang diberikan oleh Dinas.',
    username: 'Nama pengguna',
    password: 'Kata sandi',
    submit: 'Masuk',
    submitting: 'Sedang masuk…',
    logout: 'Keluar',
    invalidCredentials: 'Nama pengguna atau kata sandi salah.',
    missingFields: 'Isi nama pengguna dan kata sandi.',
    sessionExpired: 'Sesi Anda telah berakhir, silakan masuk kembali.',
    loggedOut: 'Anda telah keluar.',
  },
  user: {
    label: 'Pengguna',
    allRegions: 'Semua wilayah',
    role: {
      ADMIN: 'Administrator Provinsi',
      VERIFIER: 'Verifikator',
      OPERATOR: 'Operator Kabupaten/Kota',
      MINISTRY: 'Kementerian',
    },
  },
  home: {
    compareRegions: 'Bandingkan capaian antarwilayah',
    exportYear: 'Unduh realisasi {{year}} (CSV)',
    title: 'Beranda',
    welcome: 'Selamat datang, {{name}}.',
    intro:
      'Sistem ini mencatat target dan realisasi indikator program strategis koperasi dan UKM, hasil rapat monev, permasalahan dan solusinya, serta tindak lanjutnya.',
    regionsLink: 'Lihat daftar wilayah',
  },
  regions,
  achievements,
  catalogue,
  evaluation,
  reporting,
  imports,
  accounts,
  notifications,
  sync,
  work,
  comments,
  targetRounds,
  form: {
    save: 'Simpan',
    saving: 'Menyimpan…',
    cancel: 'Batal',
    validation: 'Data belum dapat disimpan. Periksa isian yang ditandai.',
    duplicateCode: 'Kode ini sudah dipakai. Gunakan kode lain.',
    stale:
      'Data ini sudah diubah oleh pengguna lain setelah Anda membukanya, sehingga perubahan Anda belum disimpan. Muat versi terbaru, lalu terapkan kembali perubahan Anda.',
    reload: 'Muat versi terbaru',
    required: 'Wajib diisi.',
    unsaved: {
      title: 'Ada nilai yang belum disimpan',
      body: 'Nilai yang sudah diketik tetapi belum disimpan akan hilang jika Anda meninggalkan halaman ini.',
      stay: 'Tetap di halaman ini',
      leave: 'Tinggalkan tanpa menyimpan',
    },
    invalidNumber: 'Bukan angka yang dapat dibaca. Tulis ribuan dengan titik dan desimal dengan koma, misalnya {{example}}.',
  },
  shell: {
    menu: 'Menu',
    closeMenu: 'Tutup menu',
    readOnly: 'Hanya baca',
    readOnlyHint: 'Akun ini hanya dapat membaca data; tidak ada yang dapat diubah.',
  },
  routeError: {
    title: 'Halaman ini tidak dapat ditampilkan',
    body: 'Terjadi kesalahan saat menampilkan halaman ini. Bagian lain aplikasi tetap dapat digunakan.',
    reload: 'Muat ulang halaman',
    home: 'Kembali ke beranda',
    forbidden: 'Halaman ini tidak tersedia untuk peran Anda.',
  },
  status: {
    loading: 'Memuat…',
  },
  errors: {
    network: 'Tidak dapat terhubung ke server. Periksa koneksi jaringan Anda, lalu coba lagi.',
    forbidden: 'Anda tidak memiliki akses ke data ini.',
    notFound: 'Data tidak ditemukan.',
    server: 'Terjadi kesalahan pada server. Silakan coba lagi nanti.',
    unexpected: 'Terjadi kesalahan yang tidak terduga.',
    retry: 'Coba lagi',
  },
  notFound: {
    title: 'Halaman tidak ditemukan',
    back: 'Kembali ke beranda',
  },
};

export default id;
export type Messages = typeof id;
