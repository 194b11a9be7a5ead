import { expect, type Page, test } from '@playwright/test';

// The running quarter of the demo data (2026Q4) is open and empty for the regencies.
const CAPITAL = 'Koperasi yang memperoleh akses permodalan';
const OWN_PASSWORD = 'Sungai-Melawi-Jernih-42';

async function signIn(page: Page, username: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

test('the administrator creates an operator, who changes the temporary password and reports a value', async ({
  page,
}) => {
  // Two people sign in, one of them twice, and the password is checked and hashed each time.
  test.slow();
  const username = `op-mlw-${Date.now().toString(36)}`;

  // The administrator adds an operator for Kabupaten Melawi, whose values no other spec writes.
  await signIn(page, 'admin', 'demo');
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pengguna' }).click();
  await expect(page.getByRole('heading', { name: 'Pengguna', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  const form = page.getByRole('form', { name: 'Pengguna baru' });
  await form.getByLabel('Nama pengguna').fill(username);
  await form.getByLabel('Nama lengkap').fill('Rina Operator Melawi');
  await form.getByLabel('Peran').selectOption('OPERATOR');
  await form.getByLabel('Kabupaten/kota').selectOption('61.10');
  await form.getByRole('button', { name: 'Simpan' }).click();

  const notice = page.getByRole('alertdialog', { name: `Kata sandi sementara untuk ${username}` });
  await expect(notice).toContainText('hanya ditampilkan sekali ini');
  const temporaryPassword = (await notice.locator('code').textContent())?.trim() ?? '';
  expect(temporaryPassword).toMatch(/^[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}$/);
  await notice.getByRole('button', { name: 'Sudah saya catat' }).click();
  await expect(notice).toHaveCount(0);
  const row = page.getByRole('row').filter({ hasText: username });
  await expect(row).toContainText('Kabupaten Melawi');
  await expect(row).toContainText('Belum mengganti kata sandi sementara');

  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page).toHaveURL(/\/login$/);

  // The operator signs in with the temporary password and can do nothing before choosing their own.
  await signIn(page, username, temporaryPassword);
  await expect(page).toHaveURL(/\/password$/);
  await expect(page.getByRole('heading', { name: 'Buat kata sandi Anda sendiri' })).toBeVisible();
  await page.goto('/reporting');
  await expect(page).toHaveURL(/\/password$/);

  await page.getByLabel('Kata sandi sementara', { exact: true }).fill(temporaryPassword);
  await page.getByLabel('Kata sandi baru', { exact: true }).fill('password1234');
  await page.getByLabel('Ulangi kata sandi baru', { exact: true }).fill('password1234');
  await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await expect(page.getByText('Terlalu umum atau mudah ditebak.')).toBeVisible();

  await page.getByLabel('Kata sandi baru', { exact: true }).fill(OWN_PASSWORD);
  await page.getByLabel('Ulangi kata sandi baru', { exact: true }).fill(OWN_PASSWORD);
  await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
  await expect(page.getByText('Rina Operator Melawi').first()).toBeVisible();

  // Now the reporting grid is theirs; the running quarter is still open.
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pelaporan' }).click();
  await page.getByLabel('Periode', { exact: true }).selectOption('2026Q4');
  await expect(page.getByRole('table', { name: /Kabupaten Melawi/ })).toBeVisible();
  await page.getByLabel(`Nilai ${CAPITAL}`).fill('7');
  await page.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(page.getByText('1 nilai tersimpan sebagai draf.')).toBeVisible();
  await expect(page.getByRole('row').filter({ has: page.getByText(CAPITAL, { exact: true }) })).toContainText('Draf');
});
