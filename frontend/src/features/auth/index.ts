// What other parts of the dashboard may use of the sign-in feature.
export { type CurrentUser, currentUserQueryKey, getCurrentUser, type Role, useCurrentUser } from './api/get-current-user';
export { useLogout } from './api/logout';
export { RequireAuth } from './components/require-auth';
export { LoginRoute } from './routes/login';
