import { type APIRequestContext, expect, type Page, test } from '@playwright/test';

// The demo data leaves the 2027 round open (until 2026-12-31) with no proposals yet.
const YEAR = 2027;
const CAPITAL = 'Koperasi yang memperoleh akses permodalan';
const CAPITAL_CODE = '2.17.06.01';
const KUR = 'UMKM yang difasilitasi memperoleh Kredit Usaha Rakyat (KUR)';
const KUR_CODE = '2.17.07.01';
const SAMBAS = '61.01';
const ADJUST_REASON = 'Disesuaikan dengan pagu dana bergulir provinsi 2027.';

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill('demo');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page).toHaveURL(/\/login$/);
}

async function apiToken(request: APIRequestContext, username: string) {
  const response = await request.post('/api/v1/auth/token', { data: { username, password: 'demo' } });
  expect(response.ok()).toBeTruthy();
  return ((await response.json()) as { accessToken: string }).accessToken;
}

function row(page: Page, text: string) {
  return page.getByRole('row').filter({ has: page.getByText(text, { exact: true }) });
}

test('a regency proposes two targets, the verifier accepts one and adjusts the other, the admin approves them into targets', async ({
  page,
  request,
}) => {
  // The operator of Kabupaten Sambas proposes two indicators; one far too low.
  await signIn(page, 'op-6101');
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Penetapan Target' }).click();
  await page.getByRole('link', { name: `Penetapan Target ${YEAR}` }).click();
  await expect(page.getByRole('table', { name: `Usulan target ${YEAR} — Kabupaten Sambas` })).toBeVisible();
  await expect(page.getByText(/Usulan dapat diisi sampai/)).toBeVisible();

  await page.getByLabel(`Usulan ${KUR}`, { exact: true }).fill('6000');
  await page.getByLabel(`Alasan ${KUR}`, { exact: true }).fill('Sesuai rencana bank penyalur');
  await page.getByRole('button', { name: `Simpan usulan ${KUR}` }).click();
  await expect(page.getByText(`Usulan ${KUR} tersimpan.`)).toBeVisible();
  await expect(row(page, KUR)).toContainText('Diusulkan');

  await page.getByLabel(`Usulan ${CAPITAL}`, { exact: true }).fill('1');
  await page.getByLabel(`Alasan ${CAPITAL}`, { exact: true }).fill('Anggaran daerah berkurang');
  await page.getByRole('button', { name: `Simpan usulan ${CAPITAL}` }).click();
  await expect(page.getByText(`Usulan ${CAPITAL} tersimpan.`)).toBeVisible();
  const capitalRow = row(page, CAPITAL);
  await expect(capitalRow).toContainText('Diusulkan');
  await expect(capitalRow.getByRole('list', { name: 'Tanda' })).toBeVisible();
  await expect(capitalRow).toContainText('Di bawah realisasi tahun lalu');
  await signOut(page);

  // The verifier sees the flag, accepts the KUR proposal and adjusts the low one.
  await signIn(page, 'verifier');
  await page.goto(`/target-rounds/${YEAR}`);
  await expect(page.getByRole('heading', { name: `Penetapan Target ${YEAR}` })).toBeVisible();
  await page.getByLabel('Indikator', { exact: true }).selectOption(CAPITAL_CODE);
  await page.getByLabel('Hanya yang bertanda').click();
  await expect(page.getByLabel('Hanya yang bertanda')).toBeChecked();
  const review = page.getByRole('table', { name: `Usulan ${CAPITAL} per wilayah` });
  const sambasCapital = review.getByRole('row').filter({ hasText: 'Kabupaten Sambas' });
  await expect(sambasCapital).toContainText('Di bawah realisasi tahun lalu');
  await expect(review.getByRole('row')).toHaveCount(2);

  await page.getByRole('button', { name: `Sesuaikan ${CAPITAL} Kabupaten Sambas` }).click();
  const dialog = page.getByRole('dialog', { name: 'Sesuaikan usulan' });
  await dialog.getByLabel(/Nilai yang disepakati/).fill('12');
  await dialog.getByRole('button', { name: 'Sesuaikan' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Alasan wajib diisi.');
  await dialog.getByLabel(/Alasan/).fill(ADJUST_REASON);
  await dialog.getByRole('button', { name: 'Sesuaikan' }).click();
  await expect(page.getByText('Usulan Kabupaten Sambas disesuaikan.')).toBeVisible();
  await expect(sambasCapital).toContainText('Disesuaikan');

  await page.getByLabel('Hanya yang bertanda').click();
  await expect(page.getByLabel('Hanya yang bertanda')).not.toBeChecked();
  await page.getByLabel('Indikator', { exact: true }).selectOption(KUR_CODE);
  await page.getByRole('button', { name: `Terima ${KUR} Kabupaten Sambas` }).click();
  await expect(page.getByText('Usulan Kabupaten Sambas diterima.')).toBeVisible();
  await expect(
    page.getByRole('table', { name: `Usulan ${KUR} per wilayah` }).getByRole('row').filter({ hasText: 'Kabupaten Sambas' }),
  ).toContainText('Diterima');
  await expect(page.getByRole('button', { name: 'Mulai reviu' })).toHaveCount(0);
  await signOut(page);

  // The administrator starts the review, then approves.
  await signIn(page, 'admin');
  await page.goto(`/target-rounds/${YEAR}`);
  await page.getByRole('button', { name: 'Mulai reviu' }).click();
  await page.getByRole('dialog', { name: 'Mulai reviu?' }).getByRole('button', { name: 'Ya, lanjutkan' }).click();
  await expect(page.getByText('Reviu dimulai.', { exact: false })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 }).locator('..')).toContainText('Dalam reviu');

  await page.getByRole('button', { name: 'Setujui' }).click();
  await page
    .getByRole('dialog', { name: `Setujui target ${YEAR}?` })
    .getByRole('button', { name: 'Ya, lanjutkan' })
    .click();
  await expect(page.getByText(`Target ${YEAR} telah disetujui.`)).toBeVisible();
  await expect(page.getByText(/Putaran ini telah disetujui/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Setujui' })).toHaveCount(0);

  // The agreed values are now the 2027 targets of Kabupaten Sambas.
  const headers = { Authorization: `Bearer ${await apiToken(request, 'admin')}` };
  const kur = await request.get(`/api/v1/targets/${KUR_CODE}/${SAMBAS}/${YEAR}`, { headers });
  expect(kur.ok()).toBeTruthy();
  expect(Number(((await kur.json()) as { value: number }).value)).toBe(6000);
  const capital = await request.get(`/api/v1/targets/${CAPITAL_CODE}/${SAMBAS}/${YEAR}`, { headers });
  expect(capital.ok()).toBeTruthy();
  expect(Number(((await capital.json()) as { value: number }).value)).toBe(12);
});
