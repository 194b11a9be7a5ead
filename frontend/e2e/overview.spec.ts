import { expect, type Page, test } from '@playwright/test';

// The achievement overview, from the nation down to an indicator, on a desktop and on a phone.

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill('demo');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
}

/** The page's own width never exceeds the window's: the wide table scrolls inside its own box. */
async function expectNoOverflow(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Memuat…')).toHaveCount(0);
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${page.url()} is ${scrollWidth}px wide in a ${innerWidth}px window`).toBeLessThanOrEqual(innerWidth);
}

const trail = (page: Page) => page.getByRole('navigation', { name: 'Posisi halaman' });

for (const width of [1366, 390]) {
  test(`the administrator drills down from the nation to an indicator on a ${width}px screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, 'admin');

    // From the home page to the nation: a row per province, the nation's roll-up below.
    await page.getByRole('link', { name: 'Ikhtisar capaian per wilayah' }).click();
    await expect(page).toHaveURL(/\/overview$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Ikhtisar Capaian Nasional' })).toBeVisible();
    const provinces = page.getByRole('table', { name: /^Capaian program per provinsi, / });
    await expect(provinces.getByRole('rowheader', { name: 'Nasional (rekap)' })).toBeVisible();
    await expect(provinces.getByRole('columnheader', { name: 'Kelengkapan data' })).toBeVisible();
    // Percentages in Indonesian notation: a decimal comma, never a decimal point.
    const kalbar = provinces.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Kalimantan Barat' }) });
    await expect(kalbar.getByRole('cell').first()).toHaveText(/^(\d{1,3}(\.\d{3})*(,\d)?%|—)/);
    await expectNoOverflow(page);

    // The province: its regencies and cities, and its roll-up.
    await provinces.getByRole('link', { name: 'Kalimantan Barat' }).click();
    await expect(page).toHaveURL(/\/overview\/61\?year=\d{4}$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Ikhtisar Capaian Kalimantan Barat' })).toBeVisible();
    await expect(trail(page).getByRole('link', { name: 'Nasional' })).toBeVisible();
    const regencies = page.getByRole('table', { name: /^Capaian program per kabupaten\/kota, / });
    await expect(regencies.locator('tbody').getByRole('rowheader')).toHaveCount(14);
    await expect(regencies.getByRole('rowheader', { name: 'Kalimantan Barat (rekap)' })).toBeVisible();
    await expectNoOverflow(page);

    // The regency: its indicators, with achievement and completeness.
    await regencies.getByRole('link', { name: 'Sambas', exact: true }).click();
    await expect(page).toHaveURL(/\/achievements\/regions\/61\.01\?year=\d{4}$/);
    await expect(trail(page).getByRole('listitem')).toHaveText(['Nasional', 'Kalimantan Barat', 'Kab. Sambas']);
    const indicators = page.getByRole('table', { name: /^Capaian tiap indikator Kabupaten Sambas/ });
    await expect(indicators.getByRole('columnheader', { name: 'Terverifikasi' })).toBeVisible();
    await expect(indicators.getByText(/\d+ dari \d+ periode/).first()).toBeVisible();
    await expectNoOverflow(page);

    // The indicator, in the catalogue.
    const capital = indicators.getByRole('link', { name: 'Koperasi yang memperoleh akses permodalan' });
    await capital.click();
    await expect(page).toHaveURL(/\/catalogue\/indicators\/2\.17\.06\.01$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Koperasi yang memperoleh akses permodalan');
    await expectNoOverflow(page);

    // The back button retraces the way down.
    await page.goBack();
    await expect(page).toHaveURL(/\/achievements\/regions\/61\.01/);
    await page.goBack();
    await expect(page).toHaveURL(/\/overview\/61\?/);
    await expect(regencies).toBeVisible();
    await trail(page).getByRole('link', { name: 'Nasional' }).click();
    await expect(provinces).toBeVisible();
  });
}

test("a regency operator sees its province's overview, without the nation", async ({ page }) => {
  await signIn(page, 'op-6101');
  await page.goto('/overview');
  await expect(page).toHaveURL(/\/overview\/61$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Ikhtisar Capaian Kalimantan Barat' })).toBeVisible();
  const regencies = page.getByRole('table', { name: /^Capaian program per kabupaten\/kota, / });
  await expect(regencies.getByRole('link', { name: 'Sambas', exact: true })).toBeVisible();
  await expect(trail(page).getByText('Nasional')).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
