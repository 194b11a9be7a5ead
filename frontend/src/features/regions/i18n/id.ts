// Bahasa Indonesia for the regions pages.
const regions = {
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
};

export type RegionsMessages = typeof regions;
export default regions;
