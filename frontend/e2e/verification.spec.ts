import { type APIRequestContext, expect, type Page, test } from '@playwright/test';

// Kabupaten Kubu Raya's values of the running quarter (2026Q4, open in the demo data) are this
// spec's own: no other spec reports for that region.
const REGION = '61.12';
const REGION_NAME = 'Kabupaten Kubu Raya';
const OPERATOR = 'op-6112';
const PERIOD = '2026Q4';
const PERIOD_WORDS = 'Triwulan IV 2026';
const INDICATORS = [
  'Koperasi yang memperoleh akses permodalan',
  'UMKM yang difasilitasi memperoleh Kredit Usaha Rakyat (KUR)',
];

async function tokenOf(request: APIRequestContext, username: string): Promise<string> {
  const response = await request.post('/api/v1/auth/token', { data: { username, password: 'demo' } });
  expect(response.ok()).toBeTruthy();
  return ((await response.json()) as { accessToken: string }).accessToken;
}

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill('demo');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
}

/** The region's operator reports two values of the quarter and submits them, through the API. */
async function submitQuarter(request: APIRequestContext): Promise<string[]> {
  const headers = { Authorization: `Bearer ${await tokenOf(request, OPERATOR)}` };
  const list = await request.get('/api/v1/indicators?size=500', { headers });
  const indicators = ((await list.json()) as { items: { code: string; name: string }[] }).items;
  const codes = INDICATORS.map((name) => {
    const found = indicators.find((indicator) => indicator.name === name);
    expect(found, name).toBeDefined();
    return found!.code;
  });
  for (const [index, code] of codes.entries()) {
    const saved = await request.put(`/api/v1/realizations/${code}/${REGION}/${PERIOD}`, {
      headers,
      data: { value: 10 + index, note: 'Laporan triwulan IV' },
    });
    expect(saved.ok()).toBeTruthy();
  }
  const submitted = await request.post('/api/v1/realizations/submissions', {
    headers,
    data: { regionCode: REGION, period: PERIOD },
  });
  expect(submitted.ok()).toBeTruthy();
  return codes;
}

test("a verifier verifies one region's quarter in one action after looking at its values", async ({ page, request }) => {
  // Sign-in, the queue and the dialog each wait on the server: more room than the default on a busy machine.
  test.setTimeout(180_000);
  const codes = await submitQuarter(request);

  await signIn(page, 'verifier');
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Verifikasi' }).click();
  await page.getByLabel('Wilayah').selectOption(REGION);
  await page.getByLabel('Periode').selectOption(PERIOD);
  await expect(page.getByRole('heading', { name: new RegExp(`${REGION_NAME} — ${PERIOD_WORDS}`) })).toBeVisible();
  await expect(page.getByText('2 nilai menunggu verifikasi')).toBeVisible();

  await page.getByRole('button', { name: `Verifikasi semua nilai ${REGION_NAME} ${PERIOD_WORDS}` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('2 nilai akan diverifikasi sekaligus');
  for (const name of INDICATORS) await expect(dialog).toContainText(name);
  await dialog.getByRole('button', { name: 'Verifikasi 2 nilai' }).click();

  await expect(page.getByText(`2 nilai ${REGION_NAME} ${PERIOD_WORDS} telah diverifikasi.`)).toBeVisible();
  await expect(page.getByText('Tidak ada nilai yang menunggu verifikasi.')).toBeVisible();

  const headers = { Authorization: `Bearer ${await tokenOf(request, 'verifier')}` };
  for (const code of codes) {
    const value = await request.get(`/api/v1/realizations/${code}/${REGION}/${PERIOD}`, { headers });
    expect(((await value.json()) as { status: string }).status).toBe('VERIFIED');
  }
});

test("the meeting page downloads the meeting's summary as a PDF", async ({ page, request }) => {
  const headers = { Authorization: `Bearer ${await tokenOf(request, 'verifier')}` };
  const created = await request.post('/api/v1/meetings', {
    headers,
    data: {
      title: 'Rapat monev unduhan PDF',
      date: '2026-11-20',
      place: 'Pontianak',
      year: 2026,
      periods: ['2026Q3'],
      invitedRegionCodes: [REGION],
      attendedRegionCodes: [REGION],
    },
  });
  expect(created.ok()).toBeTruthy();
  const { id } = (await created.json()) as { id: string };

  await signIn(page, 'verifier');
  await page.goto(`/meetings/${id}`);
  await expect(page.getByRole('heading', { name: 'Rapat monev unduhan PDF' })).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Unduh PDF' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const file = await download.path();
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile(file);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
