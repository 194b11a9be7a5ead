import type { ParseKeys } from 'i18next';
import { type ComponentType, useState } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { ChangePasswordRoute, RequireOwnPassword } from '@/features/accounts';
import { LoginRoute, RequireAuth } from '@/features/auth';
import type { Action } from '@/lib/authorization';
import { AppShell } from './layout/app-shell';
import { Allowed } from './routes/allowed';
import { RouteError } from './routes/route-error';

/**
 * A page loaded on first visit (its code, and what only it uses such as the charts, stays out
 * of the first download), shown only to the roles that may do `action` when one is given.
 */
function page<M>(
  load: () => Promise<M>,
  name: keyof M & string,
  action?: Action,
  denied?: ParseKeys,
): RouteObject['lazy'] {
  return async () => {
    const Page = (await load())[name] as ComponentType;
    if (!action) return { Component: Page };
    return {
      Component: function AllowedPage() {
        return (
          <Allowed action={action} denied={denied}>
            <Page />
          </Allowed>
        );
      },
    };
  };
}

const CATALOGUE_DENIED = 'catalogue.messages.adminOnly';
const MEETINGS_DENIED = 'evaluation.messages.managersOnly';

const catalogue = () => import('@/features/catalogue/routes/catalogue');
const programForms = () => import('@/features/catalogue/routes/program-form-routes');
const indicatorForms = () => import('@/features/catalogue/routes/indicator-form-routes');
const meetingForms = () => import('@/features/evaluation/routes/meeting-form-routes');

export const routes: RouteObject[] = [
  // Loaded with the application: every session ends here, and a redirect to a page still loading
  // would be cancelled and restarted by each render of the page being left.
  { path: '/login', element: <LoginRoute />, errorElement: <RouteError /> },
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
    errorElement: <RouteError />,
    children: [
      {
        // A page that fails shows its error inside the shell: header and navigation keep working.
        errorElement: <RouteError />,
        children: [
          { index: true, lazy: page(() => import('./routes/home'), 'HomeRoute') },
          { path: 'regions', lazy: page(() => import('@/features/regions/routes/regions'), 'RegionsRoute') },
          {
            path: 'catalogue',
            children: [
              { index: true, lazy: page(catalogue, 'CatalogueRoute') },
              { path: 'programs/new', lazy: page(programForms, 'ProgramCreateRoute', 'manageCatalogue', CATALOGUE_DENIED) },
              {
                path: 'programs/:code',
                lazy: page(() => import('@/features/catalogue/routes/program-detail'), 'ProgramDetailRoute'),
              },
              { path: 'programs/:code/edit', lazy: page(programForms, 'ProgramEditRoute', 'manageCatalogue', CATALOGUE_DENIED) },
              { path: 'indicators/new', lazy: page(indicatorForms, 'IndicatorCreateRoute', 'manageCatalogue', CATALOGUE_DENIED) },
              {
                path: 'indicators/:code',
                lazy: page(() => import('@/features/catalogue/routes/indicator-detail'), 'IndicatorDetailRoute'),
              },
              { path: 'indicators/:code/edit', lazy: page(indicatorForms, 'IndicatorEditRoute', 'manageCatalogue', CATALOGUE_DENIED) },
            ],
          },
          {
            path: 'meetings',
            children: [
              { index: true, lazy: page(() => import('@/features/evaluation/routes/meetings'), 'MeetingsRoute') },
              { path: 'new', lazy: page(meetingForms, 'MeetingCreateRoute', 'manageEvaluation', MEETINGS_DENIED) },
              {
                path: ':id',
                lazy: page(() => import('@/features/evaluation/routes/meeting-detail'), 'MeetingDetailRoute'),
              },
              { path: ':id/edit', lazy: page(meetingForms, 'MeetingEditRoute', 'manageEvaluation', MEETINGS_DENIED) },
            ],
          },
          {
            path: 'findings',
            children: [
              { index: true, lazy: page(() => import('@/features/evaluation/routes/findings'), 'FindingsRoute') },
              {
                path: 'new',
                lazy: page(() => import('@/features/evaluation/routes/finding-new'), 'FindingCreateRoute', 'recordFinding', 'evaluation.messages.readOnly'),
              },
              {
                path: ':id',
                lazy: page(() => import('@/features/evaluation/routes/finding-detail'), 'FindingDetailRoute'),
              },
            ],
          },
          {
            path: 'reporting',
            lazy: page(() => import('@/features/reporting/routes/reporting'), 'ReportingRoute', 'report', 'reporting.grid.forbidden'),
          },
          {
            path: 'verification',
            lazy: page(() => import('@/features/reporting/routes/verification'), 'VerificationRoute', 'verify', 'reporting.verification.forbidden'),
          },
          { path: 'imports', lazy: page(() => import('@/features/imports/routes/imports'), 'ImportsRoute', 'import', 'imports.forbidden') },
          {
            path: 'achievements',
            children: [
              {
                index: true,
                lazy: page(() => import('@/features/achievements/routes/achievements'), 'AchievementsRoute'),
              },
              {
                path: 'regions/:code',
                lazy: page(() => import('@/features/achievements/routes/region-achievement'), 'RegionAchievementRoute'),
              },
              {
                path: 'programs/:code',
                lazy: page(() => import('@/features/achievements/routes/program-achievement'), 'ProgramAchievementRoute'),
              },
            ],
          },
          {
            path: 'overview',
            children: [
              { index: true, lazy: page(() => import('@/features/achievements/routes/overview'), 'OverviewRoute') },
              { path: ':province', lazy: page(() => import('@/features/achievements/routes/overview'), 'OverviewRoute') },
            ],
          },
          {
            path: 'target-rounds',
            children: [
              {
                index: true,
                lazy: page(() => import('@/features/target-rounds/routes/target-rounds'), 'TargetRoundsRoute'),
              },
              {
                path: ':year',
                lazy: page(() => import('@/features/target-rounds/routes/target-round'), 'TargetRoundRoute'),
              },
            ],
          },
          { path: 'notifications', lazy: page(() => import('@/features/notifications/routes/inbox'), 'InboxRoute') },
          {
            path: 'notifications/settings',
            lazy: page(() => import('@/features/notifications/routes/notification-settings'), 'NotificationSettingsRoute'),
          },
          { path: 'users', lazy: page(() => import('@/features/accounts/routes/users'), 'UsersRoute') },
          { path: 'sync-sources', lazy: page(() => import('@/features/sync/routes/sync-sources'), 'SyncSourcesRoute') },
          { path: '*', lazy: page(() => import('./routes/not-found'), 'NotFoundRoute') },
        ],
      },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
