import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import i18n from '@/i18n';

// CI machines are slower and busier than a laptop: give findBy*/waitFor room before failing.
configure({ asyncUtilTimeout: 5000 });

beforeEach(async () => {
  sessionStorage.clear();
  localStorage.clear();
  await i18n.changeLanguage('id');
});

afterEach(() => {
  cleanup();
});
