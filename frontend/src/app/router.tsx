import { useState } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { RequireOwnPassword } from '@/features/accounts/components/require-own-password';
import { ChangePasswordRoute } from '@/features/accounts/routes/change-password';
import { UsersRoute } from '@/features/accounts/routes/users';
import { AchievementsRoute } from '@/features/achievements/routes/achievements';
import { ProgramAchievementRoute } from '@/features/achievements/routes/program-achievement';
import { RegionAchievementRoute } from '@/features/achievements/routes/region-achievement';
import { RequireAuth } from '@/features/auth/components/require-auth';
import { LoginRoute } from '@/features/auth/routes/login';
import { CatalogueRoute } from '@/features/catalogue/routes/catalogue';
import { IndicatorDetailRoute } from '@/features/catalogue/routes/indicator-detail';
import { IndicatorCreateRoute, IndicatorEditRoute } from '@/features/catalogue/routes/indicator-form-routes';
import { ProgramDetailRoute } from '@/features/catalogue/routes/program-detail';
import { ProgramCreateRoute, ProgramEditRoute } from '@/features/catalogue/routes/program-form-routes';
import { FindingDetailRoute } from '@/features/evaluation/routes/finding-detail';
import { FindingCreateRoute } from '@/features/evaluation/routes/finding-new';
import { FindingsRoute } from '@/features/evaluation/routes/findings';
import { MeetingDetailRoute } from '@/features/evaluation/routes/meeting-detail';
import { MeetingCreateRoute, MeetingEditRoute } from '@/features/evaluation/routes/meeting-form-routes';
import { MeetingsRoute } from '@/features/evaluation/routes/meetings';
import { ImportsRoute } from '@/features/imports/routes/imports';
import { InboxRoute } from '@/features/notifications/routes/inbox';
import { NotificationSettingsRoute } from '@/features/notifications/routes/notification-settings';
import { RegionsRoute } from '@/features/regions/routes/regions';
import { ReportingRoute } from '@/features/reporting/routes/reporting';
import { VerificationRoute } from '@/features/reporting/routes/verification';
import { TargetRoundRoute } from '@/features/target-rounds/routes/target-round';
import { TargetRoundsRoute } from '@/features/target-rounds/routes/target-rounds';
import { AppShell } from './layout/app-shell';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginRoute /> },
  {
    path: '/password',
    element: (
      <RequireAuth>
        <ChangePasswordRoute />
      </RequireAuth>
    ),
  },
  {
    path: '/',
    element: (
      <RequireAuth>
        <RequireOwnPassword>
          <AppShell />
        </RequireOwnPassword>
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'regions', element: <RegionsRoute /> },
      {
        path: 'catalogue',
        children: [
          { index: true, element: <CatalogueRoute /> },
          { path: 'programs/new', element: <ProgramCreateRoute /> },
          { path: 'programs/:code', element: <ProgramDetailRoute /> },
          { path: 'programs/:code/edit', element: <ProgramEditRoute /> },
          { path: 'indicators/new', element: <IndicatorCreateRoute /> },
          { path: 'indicators/:code', element: <IndicatorDetailRoute /> },
          { path: 'indicators/:code/edit', element: <IndicatorEditRoute /> },
        ],
      },
      {
        path: 'meetings',
        children: [
          { index: true, element: <MeetingsRoute /> },
          { path: 'new', element: <MeetingCreateRoute /> },
          { path: ':id', element: <MeetingDetailRoute /> },
          { path: ':id/edit', element: <MeetingEditRoute /> },
        ],
      },
      {
        path: 'findings',
        children: [
          { index: true, element: <FindingsRoute /> },
          { path: 'new', element: <FindingCreateRoute /> },
          { path: ':id', element: <FindingDetailRoute /> },
        ],
      },
      { path: 'reporting', element: <ReportingRoute /> },
      { path: 'verification', element: <VerificationRoute /> },
      { path: 'imports', element: <ImportsRoute /> },
      { path: 'notifications', element: <InboxRoute /> },
      { path: 'notifications/settings', element: <NotificationSettingsRoute /> },
      {
        path: 'achievements',
        children: [
          { index: true, element: <AchievementsRoute /> },
          { path: 'regions/:code', element: <RegionAchievementRoute /> },
          { path: 'programs/:code', element: <ProgramAchievementRoute /> },
        ],
      },
      {
        path: 'target-rounds',
        children: [
          { index: true, element: <TargetRoundsRoute /> },
          { path: ':year', element: <TargetRoundRoute /> },
        ],
      },
      { path: 'users', element: <UsersRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
