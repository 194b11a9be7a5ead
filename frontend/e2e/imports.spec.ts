import { type APIRequestContext, expect, type Page, test } from '@playwright/test';

// The quarter running today is open for the regencies; earlier quarters are past their deadline.
const today = new Date();
const PERIOD = `${today.getFullYear()}Q${Math.ceil((today.getMonth() + 1) / 3)}`;
const NIB = '2.17.07.03';
const DIGITAL = '2.17.07.04';

const WITH_ERRORS = [
  'indicator,region,period,value,note',
  `${NIB},61.01,${PERIOD},37,Data OSS`,
  `9.99.99.99,61.01,${PERIOD},5,`,
  `${DIGITAL},61.71,${PERIOD},8,`,
  `${DIGITAL},61.01,${PERIOD},dua belas,`,
].join('\n');

const CORRECTED = [
  'indicator,region,period,value,note',
  `${NIB},61.01,${PERIOD},37,Data OSS`,
  `${DIGITAL},61.01,${PERIOD},12,"Lokapasar, e-katalog"`,
].join('\n');

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill('demo');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
}

async function tokenOf(request: APIRequestContext, username: string): Promise<string> {
  const response = await request.post('/api/v1/auth/token', { data: { username, password: 'demo' } });
  expect(response.ok()).toBe(true);
  return ((await response.json()) as { accessToken: string }).accessToken;
}

function chooseFile(page: Page, name: string, text: string) {
  return page.getByLabel('Berkas (CSV atau JSON)').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

test(`a regency checks a file of ${PERIOD}, reads why rows were rejected, fixes it and loads it as drafts`, async ({
  page,
  request,
}) => {
  await signIn(page, 'op-6101');
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Impor Data' }).click();
  await expect(page.getByRole('heading', { name: 'Impor Data', level: 1 })).toBeVisible();
  const kinds = page.getByRole('group', { name: 'Jenis data' });
  await expect(kinds.getByRole('radio')).toHaveCount(1);
  await expect(kinds.getByRole('radio', { name: 'Realisasi' })).toBeChecked();

  // A file with an unknown indicator, a row of Kota Pontianak and a value in words.
  await chooseFile(page, `sambas-${PERIOD}.csv`, WITH_ERRORS);
  await page.getByRole('button', { name: 'Periksa' }).click();
  await expect(page.getByRole('heading', { name: 'Hasil pemeriksaan' })).toBeVisible();
  const counts = page.getByLabel('Jumlah baris');
  await expect(counts.locator('.import-count-rows dd')).toHaveText('4');
  await expect(counts.locator('.import-count-rejected dd')).toHaveText('3');
  await expect(page.getByText('3 baris ditolak. Perbaiki berkas lalu periksa lagi, atau muat baris yang valid saja.')).toBeVisible();

  const conflicts = page.getByRole('table', { name: /Baris yang ditolak menurut kesalahan/ });
  const cells = (error: string) => conflicts.locator(`tr[data-error="${error}"] td`);
  await expect(conflicts.locator('tr[data-error="UNKNOWN_INDICATOR"] th')).toContainText('Kode indikator tidak dikenal');
  await expect(cells('UNKNOWN_INDICATOR')).toHaveText(['1', '3', '9.99.99.99']);
  await expect(conflicts.locator('tr[data-error="REGION_NOT_ALLOWED"] th')).toContainText(
    'Akun Anda tidak boleh memuat data wilayah ini',
  );
  await expect(cells('REGION_NOT_ALLOWED')).toHaveText(['1', '4', '61.71']);
  await expect(conflicts.locator('tr[data-error="NOT_A_NUMBER"] th')).toContainText('Bukan angka');
  await expect(cells('NOT_A_NUMBER')).toHaveText(['1', '5', 'dua belas']);
  await expect(page.getByRole('button', { name: 'Muat baris yang valid saja' })).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Muat', exact: true })).toHaveCount(0);

  // The corrected file passes the check.
  await page.getByRole('button', { name: 'Perbaiki berkas dan periksa lagi' }).click();
  await expect(page.getByRole('heading', { name: 'Hasil pemeriksaan' })).toHaveCount(0);
  await chooseFile(page, `sambas-${PERIOD}-perbaikan.csv`, CORRECTED);
  await page.getByRole('button', { name: 'Periksa' }).click();
  await expect(page.getByText('Semua baris dapat dimuat.')).toBeVisible();
  await expect(counts.locator('.import-count-created dd')).toHaveText('2');
  await expect(page.getByRole('button', { name: 'Muat baris yang valid saja' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Muat', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Hasil pemuatan' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'baris dimuat' })).toHaveText(
    '2 baris dimuat. Nilai realisasi dimuat sebagai draf. Ajukan dari halaman Pelaporan.',
  );
  await expect(counts.locator('.import-count-created dd')).toHaveText('2');

  // The values are stored as drafts of Sambas.
  const operator = await tokenOf(request, 'op-6101');
  const response = await request.get('/api/v1/realizations', {
    params: { region: '61.01', period: PERIOD, size: 100 },
    headers: { Authorization: `Bearer ${operator}` },
  });
  expect(response.ok()).toBe(true);
  const { items } = (await response.json()) as {
    items: { indicatorCode: string; value: number; note: string | null; status: string }[];
  };
  const loaded = items.filter((item) => [NIB, DIGITAL].includes(item.indicatorCode));
  expect(loaded.map(({ indicatorCode, value, note, status }) => ({ indicatorCode, value, note, status }))).toEqual([
    { indicatorCode: NIB, value: 37, note: 'Data OSS', status: 'DRAFT' },
    { indicatorCode: DIGITAL, value: 12, note: 'Lokapasar, e-katalog', status: 'DRAFT' },
  ]);

  // The download holds them in the columns of the import.
  const downloading = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Unduh data' }).getByRole('button', { name: 'Unduh CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`realizations-61.01-${today.getFullYear()}.csv`);
  const exported = await download.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  });
  expect(exported.split(/\r?\n/)[0]).toBe('indicator,region,period,value,note');
  expect(exported).toMatch(new RegExp(`^${NIB.replace(/\./g, '\\.')},61\\.01,${PERIOD},37(\\.0+)?,Data OSS\\r?$`, 'm'));

  // Out of the way of the reporting cycle test, which submits every draft of this quarter:
  // the values are submitted and verified.
  const verifier = await tokenOf(request, 'verifier');
  for (const indicator of [NIB, DIGITAL]) {
    const path = `/api/v1/realizations/${indicator}/61.01/${PERIOD}`;
    expect((await request.post(`${path}/submit`, { headers: { Authorization: `Bearer ${operator}` } })).ok()).toBe(true);
    expect((await request.post(`${path}/verify`, { headers: { Authorization: `Bearer ${verifier}` } })).ok()).toBe(true);
  }
});
