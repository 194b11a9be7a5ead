// What the app shell may use of the notifications feature: the bell in the header.
export { NotificationBell } from './components/notification-bell';
