import type { ReactNode } from 'react';

/** An informational message, such as why the user was returned to the sign-in page. */
export function NoticeBanner({ children }: { children: ReactNode }) {
  return (
    <div className="banner banner-notice" role="status">
      {children}
    </div>
  );
}
