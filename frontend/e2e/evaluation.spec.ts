import { expect, type Page, test } from '@playwright/test';

async function signIn(page: Page, username: string) {
  await page.goto('/login');
  await page.getByLabel('Nama pengguna').fill(username);
  await page.getByLabel('Kata sandi').fill('demo');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('button', { name: 'Keluar' })).toBeVisible();
}

const MEETING_2022 = 'Monitoring dan Evaluasi Program Strategis Bidang KUMKM Tahun 2022';

test('a finding of the 2022 meeting is followed up by the regency until it closes', async ({ page }) => {
  const title = `Koperasi di Sintang belum mengakses dana bergulir ${Date.now() % 100_000}`;
  const recommendationText = 'Pendampingan penyusunan proposal dana bergulir bagi koperasi di Sintang.';

  // The verifier opens the 2022 meeting: attendance and the printable summary.
  await signIn(page, 'verifier');
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Rapat Monev' }).click();
  await expect(page).toHaveURL(/\/meetings$/);
  await page.getByRole('link', { name: MEETING_2022 }).click();
  await expect(page.getByRole('heading', { level: 1, name: MEETING_2022 })).toBeVisible();
  await expect(page.getByText('13 dari 14 kabupaten/kota hadir')).toBeVisible();
  const attendance = page.getByRole('list', { name: 'Kehadiran' });
  await expect(attendance.getByRole('listitem')).toHaveCount(14);
  await expect(attendance.getByRole('listitem').filter({ hasText: 'Kabupaten Kayong Utara' })).toContainText('Tidak hadir');
  await expect(page.getByRole('table', { name: 'Kesepakatan rapat' }).getByRole('row')).toHaveCount(4);

  const printButton = page.getByRole('button', { name: 'Cetak ringkasan' });
  await expect(printButton).toBeVisible();
  await page.evaluate(() => {
    const counted = window as unknown as { printed: number };
    counted.printed = 0;
    window.print = () => {
      counted.printed += 1;
    };
  });
  await printButton.click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  // On paper only the summary remains.
  await page.emulateMedia({ media: 'print' });
  await expect(printButton).toBeHidden();
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByText('13 dari 14 kabupaten/kota hadir')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // A new finding of this meeting for Sintang.
  await page.getByRole('link', { name: 'Catat temuan rapat ini' }).click();
  await expect(page.getByRole('heading', { name: 'Catat temuan' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: /^Rapat/ })).toHaveValue('00000000-0000-4000-8000-000000000001');
  await page.getByRole('combobox', { name: /^Wilayah/ }).selectOption('61.05');
  await page.getByRole('textbox', { name: /^Judul temuan/ }).fill(title);
  await page.getByRole('combobox', { name: /^Kategori/ }).selectOption('CAPITAL_ACCESS');
  await page.getByRole('combobox', { name: /^Tingkat/ }).selectOption('HIGH');
  await page.getByRole('combobox', { name: /^Indikator/ }).selectOption('2.17.06.01');
  await page
    .getByRole('textbox', { name: /^Uraian/ })
    .fill('Koperasi belum memenuhi syarat administrasi LPDB; pendampingan proposal belum tersedia.');
  await page.getByRole('button', { name: 'Simpan' }).click();

  await expect(page.getByText('Data baru tersimpan.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/findings\/[0-9a-f-]{36}$/);
  const findingUrl = new URL(page.url()).pathname;
  const details = page.locator('.detail-list');
  await expect(details).toContainText('61.05 · Kabupaten Sintang');
  await expect(details).toContainText(MEETING_2022);
  await expect(details).toContainText('22 Sep 2022');

  // A recommendation for the regency; due 60 days after the finding, so already past due.
  await page.getByRole('button', { name: 'Tambah rekomendasi' }).click();
  const recommendationForm = page.getByRole('form', { name: 'Rekomendasi baru' });
  await expect(recommendationForm.getByRole('combobox', { name: /^Penanggung jawab/ })).toHaveValue('REGENCY');
  await expect(recommendationForm.getByRole('combobox', { name: /^Wilayah penanggung jawab/ })).toHaveValue('61.05');
  await recommendationForm.getByRole('textbox', { name: /^Rekomendasi/ }).fill(recommendationText);
  await recommendationForm.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByText('Rekomendasi tersimpan.')).toBeVisible();
  const recommendation = page.getByRole('article', { name: recommendationText });
  await expect(recommendation).toContainText('3 · Belum ditindaklanjuti');
  await expect(recommendation).toContainText('Penanggung jawab: Kabupaten Sintang');
  await expect(recommendation).toContainText('Batas waktu 21 Nov 2022');
  await expect(recommendation).toContainText('Lewat tenggat');

  // On the board it waits among the overdue ones.
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Temuan' }).click();
  await expect(page.getByRole('region', { name: 'Lewat tenggat' }).getByRole('article', { name: title })).toBeVisible();

  // A region's page of achievements also lists its open findings and overdue recommendations.
  await page.goto('/achievements/regions/61.06');
  const panel = page.getByRole('region', { name: /^Temuan dan rekomendasi · Kabupaten Kapuas Hulu/ });
  await expect(panel.getByRole('list', { name: 'Temuan terbuka' })).toContainText(
    'Koperasi di Kapuas Hulu sulit mengakses pembiayaan',
  );
  await expect(panel.getByRole('list', { name: 'Rekomendasi lewat tenggat' }).getByRole('listitem').first()).toContainText(
    'Batas waktu',
  );

  // The Sintang operator follows it up.
  await page.getByRole('button', { name: 'Keluar' }).click();
  await signIn(page, 'op-6105');
  await page.goto(findingUrl);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tambah rekomendasi' })).toHaveCount(0);

  await recommendation.getByRole('button', { name: 'Catat tindak lanjut' }).click();
  let followUpForm = recommendation.getByRole('form', { name: 'Tindak lanjut baru' });
  await followUpForm.getByRole('combobox', { name: /^Status baru/ }).selectOption('IN_PROGRESS');
  await followUpForm
    .getByRole('textbox', { name: /^Uraian tindak lanjut/ })
    .fill('Pendampingan proposal tahap pertama untuk 5 koperasi.');
  await followUpForm.getByRole('button', { name: 'Simpan' }).click();
  await expect(recommendation.getByText('Tindak lanjut tersimpan.')).toBeVisible();
  await expect(recommendation).toContainText('2 · Belum sesuai / dalam proses');
  await expect(recommendation.locator('.timeline-item')).toHaveCount(1);
  await expect(details).toContainText('Terbuka');

  await recommendation.getByRole('button', { name: 'Catat tindak lanjut' }).click();
  followUpForm = recommendation.getByRole('form', { name: 'Tindak lanjut baru' });
  await followUpForm.getByRole('combobox', { name: /^Status baru/ }).selectOption('DONE');
  await followUpForm
    .getByRole('textbox', { name: /^Uraian tindak lanjut/ })
    .fill('Seluruh koperasi sasaran telah mengajukan proposal ke LPDB-KUMKM.');
  await followUpForm.getByRole('textbox', { name: /^Tautan bukti/ }).fill('https://diskopukm.kalbarprov.go.id/bukti/lpdb.pdf');
  await followUpForm.getByRole('button', { name: 'Simpan' }).click();

  // Every recommendation done: the finding closes by itself.
  await expect(recommendation).toContainText('1 · Sesuai rekomendasi');
  await expect(recommendation).not.toContainText('Lewat tenggat');
  await expect(recommendation.locator('.timeline-item')).toHaveCount(2);
  await expect(recommendation.getByRole('link', { name: 'Bukti' })).toHaveAttribute(
    'href',
    'https://diskopukm.kalbarprov.go.id/bukti/lpdb.pdf',
  );
  await expect(page.locator('[data-board-column]')).toHaveAttribute('data-board-column', 'CLOSED');
  await expect(details.locator('.detail-item').filter({ hasText: /^Status/ })).toContainText('Ditutup');

  // And the board places it among the closed ones.
  await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Temuan' }).click();
  await expect(page.getByRole('region', { name: 'Ditutup' }).getByRole('article', { name: title })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Lewat tenggat' }).getByRole('article', { name: title })).toHaveCount(0);
});
