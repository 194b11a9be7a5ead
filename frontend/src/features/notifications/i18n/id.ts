// Bahasa Indonesia for the inbox, the bell and the e-mail settings.
const notifications = {
  nav: 'Pemberitahuan',
  title: 'Pemberitahuan',
  bell: 'Pemberitahuan ({{count}} belum dibaca)',
  unreadOnly: 'Hanya yang belum dibaca',
  unread: 'belum dibaca',
  markAllRead: 'Tandai semua sudah dibaca',
  settingsLink: 'Pengaturan e-mail',
  empty: 'Belum ada pemberitahuan.',
  settings: {
    title: 'Pengaturan Pemberitahuan',
    email: 'Alamat e-mail',
    mode: 'Kirim pemberitahuan lewat e-mail',
    modes: {
      DAILY: 'Ringkasan harian (disarankan)',
      EACH: 'Setiap ada pemberitahuan',
      OFF: 'Tidak usah',
    },
    mailOff: 'Server ini belum mengirim e-mail; pengaturan tetap disimpan untuk nanti.',
    save: 'Simpan',
    saved: 'Pengaturan disimpan.',
  },
};

export default notifications;
export type NotificationsMessages = typeof notifications;
