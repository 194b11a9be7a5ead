// Bahasa Indonesia: the default language of the dashboard.
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
    title: 'Beranda',
    welcome: 'Selamat datang, {{name}}.',
    intro:
      'Sistem ini mencatat target dan realisasi indikator program strategis koperasi dan UKM, hasil rapat monev, permasalahan dan solusinya, serta tindak lanjutnya.',
    regionsLink: 'Lihat daftar wilayah',
  },
  regions: {
    title: 'Wilayah',
    intro: 'Provinsi Kalimantan Barat beserta kabupaten dan kota di dalamnya.',
    count_one: '{{count}} wilayah',
    count_other: '{{count}} wilayah',
    empty: 'Tidak ada wilayah yang sesuai.',
    caption: 'Daftar wilayah',
    filter: {
      label: 'Tingkat',
      all: 'Semua tingkat',
    },
    column: {
      code: 'Kode',
      name: 'Nama',
      level: 'Tingkat',
      bpsCode: 'Kode BPS',
      parent: 'Induk',
    },
    level: {
      PROVINCE: 'Provinsi',
      REGENCY: 'Kabupaten',
      CITY: 'Kota',
    },
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
