import { expect, type Page, test } from '@playwright/test';

// The demo data leaves the running quarter (2026Q4) empty and open for the regencies.
const PERIOD = '2026Q4';
const PERIOD_WORDS = 'Triwulan IV 2026';
const CAPITAL = 'Koperasi yang memperoleh akses permodalan';
const KUR = 'UMKM yang difasilitasi memperoleh Kredit Usaha Rakyat (KUR)';
const REASON = 'Lampirkan daftar penerima KUR dari bank penyalur.';

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

function gridRow(page: Page, name: string) {
  return page.getByRole('row').filter({ has: page.getByText(name, { exact: true }) });
}

test('a regency reports a quarter, the verifier verifies one value and returns the other, the regency sees why', async ({
  page,
}) => {
  // Two people, five pages: more time than one page needs, no waiting on time.
  test.slow();
  // The operator of Kabupaten Sambas fills in two quarterly indicators.
  await signIn(page, 'op-6101');
  const navigation = page.getByRole('navigation');
  await expect(navigation.getByRole('link', { name: 'Verifikasi' })).toHaveCount(0);
  await navigation.getByRole('link', { name: 'Pelaporan' }).click();
  // The page opens on the earliest period that still needs work; this test reports the running quarter.
  await expect(page.getByLabel('Periode', { exact: true })).toBeVisible();
  await page.getByLabel('Periode', { exact: true }).selectOption(PERIOD);
  await expect(page.getByLabel('Periode', { exact: true })).toHaveValue(PERIOD);
  await expect(page.getByRole('table', { name: `Realisasi Triwulan IV 2026 — Kabupaten Sambas` })).toBeVisible();

  await expect(gridRow(page, CAPITAL)).toContainText('Belum diisi');
  await page.getByLabel(`Nilai ${CAPITAL}`).fill('5');
  await page.getByLabel(`Catatan ${CAPITAL}`).fill('Dana bergulir LPDB');
  await page.getByLabel(`Tautan bukti ${CAPITAL}`).fill('https://drive.example.org/sambas-q4-permodalan.pdf');
  await page.getByLabel(`Nilai ${KUR}`).fill('152');
  await expect(page.getByText('2 baris belum disimpan.')).toBeVisible();

  await page.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(page.getByText('2 nilai tersimpan sebagai draf.')).toBeVisible();
  await expect(gridRow(page, CAPITAL)).toContainText('Draf');
  await expect(gridRow(page, KUR)).toContainText('Draf');

  await page.getByRole('button', { name: 'Ajukan semua' }).click();
  await expect(page.getByText('2 nilai diajukan untuk verifikasi.')).toBeVisible();
  await expect(gridRow(page, CAPITAL)).toContainText('Diajukan');
  await expect(page.getByLabel(`Nilai ${KUR}`)).toHaveAttribute('readonly', '');
  await signOut(page);

  // The province's verifier finds them in the queue.
  await signIn(page, 'verifier');
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pelaporan' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Verifikasi' }).click();
  await page.getByLabel('Wilayah', { exact: true }).selectOption('61.01');
  await page.getByLabel('Periode', { exact: true }).selectOption(PERIOD);
  const sambas = page.getByRole('region', { name: /Kabupaten Sambas/ });
  await expect(sambas.getByRole('row')).toHaveCount(3);
  const capitalRow = sambas.getByRole('row').filter({ hasText: CAPITAL });
  await expect(capitalRow).toContainText('5');
  await expect(capitalRow.getByRole('link', { name: 'Lihat bukti' })).toHaveAttribute(
    'href',
    'https://drive.example.org/sambas-q4-permodalan.pdf',
  );

  await page.getByRole('button', { name: `Verifikasi ${CAPITAL} Kabupaten Sambas ${PERIOD_WORDS}` }).click();
  await expect(page.getByText(`${CAPITAL} (Kabupaten Sambas, ${PERIOD_WORDS}) telah diverifikasi.`)).toBeVisible();
  await expect(sambas.getByRole('row')).toHaveCount(2);

  await page.getByRole('button', { name: `Kembalikan ${KUR} Kabupaten Sambas ${PERIOD_WORDS}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Kembalikan ke wilayah' });
  await dialog.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Alasan wajib diisi.');
  await dialog.getByLabel(/Alasan pengembalian/).fill(REASON);
  await dialog.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(page.getByText(`${KUR} (Kabupaten Sambas, ${PERIOD_WORDS}) dikembalikan ke wilayahnya.`)).toBeVisible();
  await expect(page.getByText('Tidak ada nilai yang menunggu verifikasi.')).toBeVisible();
  await signOut(page);

  // Back in Sambas: the returned value is highlighted with the reason and can be corrected.
  await signIn(page, 'op-6101');
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Pelaporan' }).click();
  // The grid opens on the earliest period needing work (the demo's returned value of an earlier quarter).
  await page.getByLabel('Periode', { exact: true }).selectOption(PERIOD);
  const returned = gridRow(page, KUR);
  await expect(returned).toHaveClass(/row-returned/);
  await expect(returned).toContainText('Dikembalikan');
  await expect(returned.getByRole('note')).toHaveText(`Dikembalikan verifikator: ${REASON}`);
  await expect(page.getByLabel(`Nilai ${KUR}`)).not.toHaveAttribute('readonly', '');
  await expect(gridRow(page, CAPITAL)).toContainText('Terverifikasi');
  await expect(page.getByLabel(`Nilai ${CAPITAL}`)).toHaveAttribute('readonly', '');
});

test('a period past its deadline is read-only for the regency, with the deadline given', async ({ page }) => {
  await signIn(page, 'op-6101');
  await page.goto('/reporting?year=2026&type=QUARTERLY&period=2026Q3');
  await expect(page.getByRole('alert')).toContainText('Batas waktu pelaporan Triwulan III 2026 adalah 15 Oktober 2026');
  await expect(page.getByLabel(`Nilai ${CAPITAL}`)).toHaveAttribute('readonly', '');
  await expect(page.getByRole('button', { name: 'Simpan draf' })).toHaveCount(0);
});

test('the achievement matrix of 2025 is coloured by rating, with region and program pages drawn as charts', async ({
  page,
}) => {
  // Three pages, two of them loading the chart library on first use.
  test.slow();
  await signIn(page, 'admin');
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Capaian', exact: true }).click();
  await page.getByLabel('Tahun', { exact: true }).selectOption('2025');

  const matrix = page.getByRole('table', { name: 'Capaian 2025 per wilayah dan indikator' });
  await expect(matrix).toBeVisible();
  await expect(matrix.getByRole('columnheader', { name: 'Kota Pontianak' })).toBeVisible();
  await expect(matrix.getByRole('columnheader', { name: 'Provinsi (rekap)' })).toBeVisible();
  await expect(matrix.locator('td[data-rating="VERY_GOOD"]').first()).toBeVisible();
  expect(await matrix.locator('td[data-rating]').count()).toBeGreaterThan(300);
  // A colour, not the page background.
  const background = await matrix
    .locator('td[data-rating="VERY_GOOD"]')
    .first()
    .evaluate((cell) => getComputedStyle(cell).backgroundColor);
  expect(background).toBe('rgb(30, 123, 69)');
  // Values not reported (drafts, returned) show as missing, never as 0%.
  await expect(matrix.locator('td.ach-missing').first()).toContainText('—');
  await expect(page.getByRole('group', { name: 'Keterangan' })).toContainText('Sangat baik (≥ 91%)');

  await matrix.getByRole('link', { name: 'Kota Pontianak' }).click();
  await expect(page).toHaveURL(/\/achievements\/regions\/61\.71\?year=2025$/);
  await expect(page.getByRole('heading', { name: 'Capaian Kota Pontianak' })).toBeVisible();
  const bars = page.getByRole('img', { name: /Diagram batang capaian tiap indikator Kota Pontianak 2025/ });
  await expect(bars.locator('svg')).toBeVisible();
  await expect(page.getByRole('img', { name: /Diagram garis capaian indikator program 2.17.07/ }).locator('svg')).toBeVisible();

  await page.goto('/achievements/programs/2.17.07?year=2025');
  await expect(
    page.getByRole('img', { name: /Diagram batang capaian UMKM yang difasilitasi memperoleh Kredit Usaha Rakyat/ }).locator('svg'),
  ).toBeVisible();
});
