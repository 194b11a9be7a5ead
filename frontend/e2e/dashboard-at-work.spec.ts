import { expect, type Page, test } from '@playwright/test';

// Phones and desktops, numbers in Indonesian notation, a page that fails, unsaved values.
// The values written here belong to Kabupaten Kayong Utara (61.11), which no other spec uses.

const CAPITAL = 'Koperasi yang memperoleh akses permodalan';

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill('demo');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
}

/** The page's own width never exceeds the window's: nothing to scroll sideways. */
async function expectNoOverflow(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Memuat…')).toHaveCount(0);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${path} is ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
}

const COMMON = ['/', '/regions', '/catalogue', '/overview', '/achievements', '/target-rounds', '/meetings', '/findings', '/imports'];
const OWN = ['/notifications', '/notifications/settings', '/password'];
const PAGES: Record<string, string[]> = {
  'op-6111': [...COMMON, ...OWN, '/reporting?year=2026&type=QUARTERLY&period=2026Q4'],
  admin: [...COMMON, ...OWN, '/users', '/sync-sources', '/reporting?region=61.11&year=2026&type=QUARTERLY&period=2026Q4', '/verification'],
};

for (const width of [390, 1366]) {
  for (const [username, paths] of Object.entries(PAGES)) {
    test(`no page is wider than a ${width}px screen for ${username}`, async ({ page }) => {
      // A dozen pages in one test: more time than a single step needs, no waiting on time.
      test.setTimeout(300_000);
      await page.setViewportSize({ width, height: 900 });
      await signIn(page, username);
      for (const path of paths) await expectNoOverflow(page, path);

      // Language switch and sign-out stay in reach; on a phone the navigation is behind the menu button.
      await expect(page.getByRole('button', { name: 'English' })).toBeInViewport();
      await expect(page.getByRole('button', { name: 'Keluar' })).toBeInViewport();
      // The bell is drawn in the header's white, not in the link colour the header is painted with.
      const bell = page.getByRole('link', { name: /^Pemberitahuan/ });
      await expect(bell).toBeInViewport();
      await expect(bell).toHaveCSS('color', 'rgb(255, 255, 255)');
      const menu = page.getByRole('button', { name: 'Menu' });
      if (width < 600) {
        await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeHidden();
        await menu.click();
        await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Katalog' }).click();
        await expect(page).toHaveURL(/\/catalogue$/);
        await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeHidden();
      } else {
        await expect(menu).toBeHidden();
        await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeVisible();
      }
    });
  }
}

test('1.480 typed in Indonesian is saved as 1480', async ({ page, request }) => {
  await signIn(page, 'op-6111');
  await page.goto('/reporting?year=2026&type=QUARTERLY&period=2026Q4');
  const value = page.getByLabel(`Nilai ${CAPITAL}`);
  await value.fill('1.480');
  await page.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(page.getByText(/nilai tersimpan sebagai draf/)).toBeVisible();
  // Shown back in the same notation.
  await expect(value).toHaveValue('1.480');

  const token = await request.post('/api/v1/auth/token', { data: { username: 'op-6111', password: 'demo' } });
  const { accessToken } = await token.json();
  const list = await request.get('/api/v1/realizations', {
    params: { region: '61.11', period: '2026Q4', indicator: '2.17.06.01' },
    headers: { Authorization: `Bearer ${accessToken}` },
  });
  const { items } = await list.json();
  expect(items).toHaveLength(1);
  expect(items[0].value).toBe(1480);
});

test('typed values are not lost without a warning', async ({ page }) => {
  await signIn(page, 'op-6111');
  await page.goto('/reporting?year=2026&type=QUARTERLY&period=2026Q4');
  const note = page.getByLabel(`Catatan ${CAPITAL}`);
  await note.fill('Belum final, jangan ditinggal');
  await expect(page.getByText(/1 baris belum disimpan/)).toBeVisible();

  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Beranda' }).click();
  const warning = page.getByRole('alertdialog', { name: 'Ada nilai yang belum disimpan' });
  await expect(warning).toBeVisible();
  await warning.getByRole('button', { name: 'Tetap di halaman ini' }).click();
  await expect(page).toHaveURL(/\/reporting/);
  await expect(note).toHaveValue('Belum final, jangan ditinggal');

  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Beranda' }).click();
  await warning.getByRole('button', { name: 'Tinggalkan tanpa menyimpan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Beranda' })).toBeVisible();
});

test('a page that fails keeps the shell and the navigation working', async ({ page }) => {
  await signIn(page, 'admin');
  // The regions list answers with something that is not a list: reading its pages fails, the page says so.
  await page.route('**/api/v1/regions?**', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"items": null, "total": "many"}' }),
  );
  await page.goto('/regions');
  await expect(page.getByRole('alert')).toContainText('Terjadi kesalahan yang tidak terduga.');
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();

  // The meetings list answers the same: the page cannot be drawn, the shell stays.
  await page.route('**/api/v1/meetings?**', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: '{"items": null, "total": "many"}' }),
  );
  await page.goto('/meetings');
  await expect(page.getByRole('alert')).toContainText('Halaman ini tidak dapat ditampilkan');
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();

  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Katalog' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Katalog/ })).toBeVisible();
});
