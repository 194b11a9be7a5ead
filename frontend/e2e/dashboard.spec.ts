import { expect, type Page, test } from '@playwright/test';

async function signIn(page: Page, username: string, password: string) {
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

test('an administrator signs in and sees the 15 regions', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);

  await signIn(page, 'admin', 'demo');

  const header = page.getByRole('banner');
  await expect(header.getByText('Monev KUMKM')).toBeVisible();
  await expect(header.getByText('Administrator Provinsi', { exact: false }).first()).toBeVisible();

  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Wilayah' }).click();
  await expect(page).toHaveURL(/\/regions$/);

  const rows = page.getByRole('table').locator('tbody tr');
  await expect(rows).toHaveCount(15);
  await expect(rows.filter({ hasText: 'Kota Pontianak' })).toContainText('Kota');
  await expect(rows.filter({ hasText: 'Kabupaten Sambas' })).toContainText('6101');
  await expect(page.getByText('15 wilayah')).toBeVisible();

  // The level filter asks the server for cities only.
  await page.getByLabel('Tingkat').selectOption('CITY');
  await expect(rows).toHaveCount(2);
});

test('a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/login');

  await signIn(page, 'admin', 'bukan-demo');

  await expect(page.getByRole('alert')).toHaveText('Nama pengguna atau kata sandi salah.');
  await expect(page).toHaveURL(/\/login$/);
});

test('the dashboard switches to English and remembers it', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();

  await page.getByLabel('Username').fill('verifier');
  await page.getByLabel('Password').fill('demo');
  await page.getByRole('button', { name: 'Sign in' }).click();

  const navigation = page.getByRole('navigation');
  await expect(navigation.getByRole('link', { name: 'Home' })).toBeVisible();
  await navigation.getByRole('link', { name: 'Regions' }).click();

  await expect(page.getByRole('columnheader', { name: 'BPS code' })).toBeVisible();
  const sambas = page.getByRole('table').locator('tbody tr').filter({ hasText: 'Kabupaten Sambas' });
  await expect(sambas).toContainText('Regency');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('columnheader', { name: 'BPS code' })).toBeVisible();
});

test('a token the server rejects returns the user to the sign-in page', async ({ page }) => {
  await page.goto('/login');
  await signIn(page, 'op-6171', 'demo');
  await expect(page.getByText('Kota Pontianak', { exact: false }).first()).toBeVisible();

  await page.evaluate(() => sessionStorage.setItem('monev.accessToken', 'not-a-valid-token'));
  await page.goto('/regions');

  await expect(page.getByText('Sesi Anda telah berakhir, silakan masuk kembali.')).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
});
