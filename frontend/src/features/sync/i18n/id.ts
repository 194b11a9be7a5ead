// Bahasa Indonesia for the sources a national deployment mirrors.
const sync = {
  nav: 'Sinkronisasi provinsi',
  title: 'Sinkronisasi dari provinsi',
  intro:
    'Aplikasi provinsi yang datanya dicerminkan ke sini melalui umpan perubahannya: target dan realisasi beserta status verifikasinya, serta program dan indikator yang belum ada di sini.',
  empty:
    'Belum ada sumber. Sumber diatur oleh pengelola server (MONEV_SYNC_SOURCES_<NAMA>_URL, _CLIENT_ID, _CLIENT_SECRET, _REGION); lihat README.',
  columns: {
    lastSuccess: 'Terakhir lengkap',
    lag: 'Tertinggal',
    progress: 'Perubahan dibaca / catatan ditulis',
    lastError: 'Galat terakhir',
  },
  states: {
    NEVER_RUN: 'Belum pernah',
    RUNNING: 'Berjalan',
    OK: 'Mutakhir',
    FAILING: 'Gagal',
  },
  province: 'Provinsi {{code}}',
  scheduleOff: 'tidak terjadwal',
  never: 'belum pernah',
  none: 'tidak ada',
  errorAt: 'pada {{time}}',
  run: 'Sinkronkan sekarang',
  running: 'Menyinkronkan…',
  fromStart: 'Baca ulang dari awal',
  ran: '{{name}}: {{state}}.',
};

export default sync;
export type SyncMessages = typeof sync;
