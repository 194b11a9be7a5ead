import { useState } from 'react';
import { Outlet } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { useCurrentUser } from '@/features/auth';
import { ApiError } from '@/lib/errors';
import { AppHeader } from './app-header';
import { SideNav } from './side-nav';

export function AppShell() {
  const currentUser = useCurrentUser();
  const [menuOpen, setMenuOpen] = useState(false);
  // A 401 is handled by returning to the sign-in page; anything else is worth showing.
  const showError =
    currentUser.isError && !(currentUser.error instanceof ApiError && currentUser.error.status === 401);

  return (
    <div className="app-shell">
      <AppHeader user={currentUser.data} menuOpen={menuOpen} onToggleMenu={() => setMenuOpen((open) => !open)} />
      <div className="app-body">
        <SideNav open={menuOpen} onNavigate={() => setMenuOpen(false)} />
        <main className="app-main">
          {showError && (
            <ErrorBanner error={currentUser.error} onRetry={() => void currentUser.refetch()} />
          )}
          <Outlet />
        </main>
      </div>
    </div>
  );
}
