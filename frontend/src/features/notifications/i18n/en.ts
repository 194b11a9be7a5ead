import type { NotificationsMessages } from './id';

type Translations<T> = { [K in keyof T]: T[K] extends string ? string : Translations<T[K]> };

const notifications: Translations<NotificationsMessages> = {
  nav: 'Notifications',
  title: 'Notifications',
  bell: 'Notifications ({{count}} unread)',
  unreadOnly: 'Unread only',
  unread: 'unread',
  markAllRead: 'Mark all read',
  settingsLink: 'E-mail settings',
  empty: 'No notifications yet.',
  settings: {
    title: 'Notification settings',
    email: 'E-mail address',
    mode: 'Send notifications by e-mail',
    modes: {
      DAILY: 'A daily digest (recommended)',
      EACH: 'For every notification',
      OFF: 'Never',
    },
    mailOff: 'This server does not send e-mail yet; the settings are kept for later.',
    save: 'Save',
    saved: 'Settings saved.',
  },
};

export default notifications;
