// What the app may use of the accounts feature: the forced password change at first sign-in.
export { CHANGE_PASSWORD_PATH, RequireOwnPassword } from './components/require-own-password';
export { ChangePasswordRoute } from './routes/change-password';
