// Ikhtisar capaian: program per wilayah, dari nasional sampai kabupaten/kota.
const achievementsId = {
  nav: 'Ikhtisar Capaian',
  homeLink: 'Ikhtisar capaian per wilayah',
  homeIntro: 'Capaian tiap program dan kelengkapan data per wilayah, dari nasional sampai kabupaten/kota.',
  title: 'Ikhtisar Capaian',
  titleNation: 'Ikhtisar Capaian Nasional',
  titleRegion: 'Ikhtisar Capaian {{region}}',
  introNation: 'Capaian setiap program per provinsi, beserta kelengkapan datanya. Pilih provinsi untuk melihat kabupaten/kotanya.',
  introProvince:
    'Capaian setiap program per kabupaten/kota, beserta kelengkapan datanya. Pilih wilayah untuk melihat indikatornya.',
  definitionTitle: 'Cara membaca tabel',
  definition:
    'Capaian program: rata-rata capaian (%) indikator program itu yang sudah berangka di wilayah tersebut (target dan realisasinya ada); indikator tanpa angka tidak dihitung, bukan dianggap nol. Kelengkapan: nilai periode yang masuk, dan yang sudah terverifikasi, dibanding nilai periode yang wajib dilaporkan sampai periode itu, atas semua indikator.',
  caption: 'Capaian program per {{unit}}, {{period}}',
  through: 'sampai dengan {{period}}',
  unitProvince: 'provinsi',
  unitRegency: 'kabupaten/kota',
  breadcrumb: 'Posisi halaman',
  nation: 'Nasional',
  column: {
    province: 'Provinsi',
    regency: 'Kabupaten/kota',
    completeness: 'Kelengkapan data',
    reported: 'Masuk',
    verified: 'Terverifikasi',
  },
  cell: '{{program}} — {{region}}: rata-rata {{value}} dari {{counted}} indikator berangka ({{total}} indikator)',
  cellNone: '{{program}} — {{region}}: belum ada indikator yang berangka ({{total}} indikator)',
  counted: '{{counted}}/{{total}} indikator',
  countedLong: '{{counted}} dari {{total}} indikator berangka',
  notReported: 'Tidak dilaporkan wilayah ini',
  periods: '{{count}} dari {{expected}} nilai periode',
  noPeriodsDue: 'Belum ada nilai periode yang wajib dilaporkan',
  rollupNation: 'Nasional (rekap)',
  rollupRegion: '{{region}} (rekap)',
  openProvince: 'Lihat kabupaten/kota di {{region}}',
  openRegion: 'Lihat indikator {{region}}',
  empty: 'Belum ada wilayah atau indikator pada pilihan ini.',
  regionCompleteness: '{{count}} dari {{expected}} periode',
};

export default achievementsId;
export type AchievementsMessages = typeof achievementsId;
