import { type APIRequestContext, expect, type Page, test } from '@playwright/test';

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill('demo');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
}

async function apiToken(request: APIRequestContext, username: string) {
  const response = await request.post('/api/v1/auth/token', { data: { username, password: 'demo' } });
  expect(response.ok()).toBeTruthy();
  return ((await response.json()) as { accessToken: string }).accessToken;
}

/** Someone else edits the indicator through the API, exactly as another browser would. */
async function renameThroughApi(request: APIRequestContext, code: string, name: string) {
  const headers = { Authorization: `Bearer ${await apiToken(request, 'admin')}` };
  const current = await request.get(`/api/v1/indicators/${code}`, { headers });
  expect(current.ok()).toBeTruthy();
  const etag = current.headers()['etag'];
  expect(etag).toBeTruthy();
  const { code: _code, createdAt: _c, updatedAt: _u, version: _v, ...input } = await current.json();
  const changed = await request.put(`/api/v1/indicators/${code}`, {
    headers: { ...headers, 'If-Match': etag },
    data: { ...input, name },
  });
  expect(changed.status()).toBe(200);
}

test('an administrator keeps the catalogue: create with a validation error, edit, a concurrent edit, retire', async ({
  page,
  request,
}) => {
  // Create, edit, a concurrent edit and retire in one story: more time than one page needs.
  test.slow();
  const code = `2.17.06.E${Date.now() % 100_000_000}`;
  const name = `Koperasi dengan rasio likuiditas sehat ${code}`;

  await signIn(page, 'admin');
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Katalog' }).click();
  await expect(page).toHaveURL(/\/catalogue$/);

  // Programs grouped by field, each with its indicators.
  const cooperatives = page.getByRole('region', { name: 'Koperasi', exact: true });
  const smes = page.getByRole('region', { name: 'UMKM', exact: true });
  await expect(cooperatives.getByRole('article')).toHaveCount(5);
  await expect(smes.getByRole('article')).toHaveCount(2);
  const capitalProgram = cooperatives.getByRole('article').filter({ hasText: '2.17.06' });
  await expect(capitalProgram.getByRole('row', { name: /Koperasi yang memperoleh akses permodalan/ })).toContainText(
    'Semakin tinggi semakin baik',
  );

  // The search asks the server.
  await page.getByRole('searchbox', { name: 'Cari' }).fill('permodalan');
  await expect(smes).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Koperasi yang memperoleh akses permodalan' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Cari' }).fill('');
  await expect(smes).toBeVisible();

  // A new RANGE indicator without its bounds: the server's errors appear beside the range fields.
  await capitalProgram.getByRole('link', { name: /Tambah indikator/ }).click();
  await expect(page.getByRole('heading', { name: 'Indikator baru' })).toBeVisible();
  await expect(page.getByLabel('Program', { exact: true })).toHaveValue('2.17.06');
  await page.getByRole('textbox', { name: /^Kode/ }).first().fill(code);
  await page.getByRole('textbox', { name: /^Nama/ }).fill(name);
  await page.getByRole('textbox', { name: /^Satuan/ }).fill('persen');
  await page.getByRole('combobox', { name: /^Jenis ukuran/ }).selectOption('PERCENT');
  await page.getByRole('combobox', { name: /^Polaritas/ }).selectOption('RANGE');
  await page.getByRole('combobox', { name: /^Periode pelaporan/ }).selectOption('ANNUAL');
  await page.getByRole('combobox', { name: /^Rekap periode/ }).selectOption('LAST');
  await page.getByRole('combobox', { name: /^Rekap kabupaten/ }).selectOption('AVERAGE');
  await page.getByRole('spinbutton', { name: /^Tahun dasar/ }).fill('2024');
  await page.getByRole('textbox', { name: /^Nilai dasar/ }).fill('62,5');
  await page.getByRole('button', { name: 'Simpan' }).click();

  await expect(page.getByRole('alert')).toContainText('Periksa isian yang ditandai');
  const rangeLow = page.getByRole('textbox', { name: /^Batas bawah rentang/ });
  const rangeHigh = page.getByRole('textbox', { name: /^Batas atas rentang/ });
  await expect(rangeLow).toHaveAttribute('aria-invalid', 'true');
  await expect(rangeLow).toHaveAccessibleDescription(/wajib untuk indikator rentang \(RANGE\)/);
  await expect(rangeHigh).toHaveAccessibleDescription(/wajib untuk indikator rentang \(RANGE\)/);
  await expect(page.getByRole('textbox', { name: /^Nama/ })).not.toHaveAttribute('aria-invalid', 'true');

  await rangeLow.fill('60');
  await rangeHigh.fill('80');
  await page.getByRole('button', { name: 'Simpan' }).click();

  await expect(page).toHaveURL(new RegExp(`/catalogue/indicators/${code.replaceAll('.', '\\.')}$`));
  await expect(page.getByText('Data baru tersimpan.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  const detail = page.locator('.detail-list');
  await expect(detail).toContainText('Dalam rentang');
  await expect(detail).toContainText('62,5');

  // Edit: the unit changes.
  await page.getByRole('link', { name: 'Ubah' }).click();
  await expect(page.getByRole('heading', { name: `Ubah indikator ${code}` })).toBeVisible();
  await page.getByRole('textbox', { name: /^Satuan/ }).fill('persen koperasi');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Perubahan tersimpan.')).toBeVisible();
  await expect(detail).toContainText('persen koperasi');

  // A concurrent edit: the form was opened before someone else saved.
  await page.getByRole('link', { name: 'Ubah' }).click();
  const baseline = page.getByRole('textbox', { name: /^Nilai dasar/ });
  await expect(baseline).toHaveValue('62,5');
  await renameThroughApi(request, code, `${name} (diubah)`);
  await baseline.fill('63');
  await page.getByRole('button', { name: 'Simpan' }).click();

  await expect(page.getByRole('alert')).toContainText(
    'Data ini sudah diubah oleh pengguna lain setelah Anda membukanya',
  );
  await page.getByRole('button', { name: 'Muat versi terbaru' }).click();
  await expect(page.getByText('Versi terbaru sudah dimuat.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^Nama/ })).toHaveValue(`${name} (diubah)`);
  await expect(baseline).toHaveValue('62,5');
  await baseline.fill('63');
  await page.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Perubahan tersimpan.')).toBeVisible();
  await expect(detail).toContainText('63');

  // Retire: the indicator stays on record, marked, and leaves the default view of the catalogue.
  await page.getByRole('button', { name: 'Nonaktifkan' }).click();
  await page.getByRole('button', { name: 'Ya, nonaktifkan' }).click();
  await expect(page.getByText('Data telah dinonaktifkan.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nonaktif');

  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Katalog' }).click();
  await expect(page.getByText('Koperasi yang memperoleh akses permodalan')).toBeVisible();
  await expect(page.getByText(`${name} (diubah)`)).toHaveCount(0);
  // The box follows the address: it shows its new state once the page has moved to the new
  // filter, so wait for that state (and the refetched list) rather than for the click itself.
  const showRetired = page.getByRole('checkbox', { name: 'Tampilkan yang nonaktif' });
  await showRetired.click();
  await expect(showRetired).toBeChecked();
  await expect(page).toHaveURL(/retired=true/);
  const retiredRow = page.getByRole('row', { name: new RegExp(code.replaceAll('.', '\\.')) });
  await expect(retiredRow).toContainText('Nonaktif');
});

test('a regency operator reads the catalogue but cannot change it', async ({ page }) => {
  await signIn(page, 'op-6101');
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Katalog' }).click();

  await expect(page.getByRole('link', { name: 'Koperasi yang memperoleh akses permodalan' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'UMKM', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Tambah program' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Tambah indikator/ })).toHaveCount(0);

  await page.getByRole('link', { name: 'Koperasi yang memperoleh akses permodalan' }).click();
  await expect(page.getByRole('heading', { name: 'Koperasi yang memperoleh akses permodalan' })).toBeVisible();
  await expect(page.locator('.detail-list')).toContainText('Triwulanan');
  await expect(page.getByRole('link', { name: 'Ubah' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Nonaktifkan' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Hapus' })).toHaveCount(0);

  // The form itself is closed too.
  await page.goto('/catalogue/indicators/2.17.06.01/edit');
  await expect(page.getByText('Hanya Administrator Provinsi yang dapat mengubah katalog.')).toBeVisible();
});
