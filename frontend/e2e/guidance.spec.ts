import { type APIRequestContext, expect, type Page, test } from '@playwright/test';

// This spec's own value: Kabupaten Landak's KUR figure of the running quarter, which the demo leaves empty.
const PERIOD = '2026Q4';
const PERIOD_WORDS = 'Triwulan IV 2026';
const INDICATOR = '2.17.07.01';
const KUR = 'UMKM yang difasilitasi memperoleh Kredit Usaha Rakyat (KUR)';
const REGION = '61.08';
const QUESTION = 'Mengapa angka turun dari triwulan lalu? Mohon jelaskan.';
const ANSWER = 'Dua bank penyalur terlambat mengirim data; angka sudah kami lengkapi.';

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

async function submittedByTheRegion(request: APIRequestContext) {
  const login = await request.post('/api/v1/auth/token', { data: { username: 'op-6108', password: 'demo' } });
  expect(login.ok()).toBeTruthy();
  const headers = { Authorization: `Bearer ${(await login.json()).accessToken}` };
  const path = `/api/v1/realizations/${INDICATOR}/${REGION}/${PERIOD}`;
  expect((await request.put(path, { headers, data: { value: 41, note: 'Data bank penyalur' } })).ok()).toBeTruthy();
  expect((await request.post(`${path}/submit`, { headers })).ok()).toBeTruthy();
}

test('a verifier returns a value with a question; the operator reads the notification, answers in the thread and resubmits', async ({
  page,
  request,
}) => {
  // Four sign-ins and two round trips through the inbox: more than the default minute on a busy machine.
  test.setTimeout(240_000);
  await submittedByTheRegion(request);

  // The verifier sees Landak waiting on the home page and returns the value with a question.
  await signIn(page, 'verifier');
  const work = page.getByRole('region', { name: 'Pekerjaan Anda' });
  await expect(work.getByRole('link', { name: /Menunggu verifikasi: Kabupaten Landak/ })).toBeVisible();
  await work.getByRole('link', { name: /Menunggu verifikasi: Kabupaten Landak/ }).click();
  await expect(page).toHaveURL(/\/verification\?region=61\.08/);
  await page.getByLabel('Periode', { exact: true }).selectOption(PERIOD);
  await page.getByRole('button', { name: `Kembalikan ${KUR} Kabupaten Landak ${PERIOD_WORDS}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Kembalikan ke wilayah' });
  await dialog.getByLabel(/Alasan pengembalian/).fill(QUESTION);
  await dialog.getByRole('button', { name: 'Kembalikan' }).click();
  await expect(page.getByText(`${KUR} (Kabupaten Landak, ${PERIOD_WORDS}) dikembalikan ke wilayahnya.`)).toBeVisible();
  await signOut(page);

  // The operator's bell counts the news; the inbox says why, one click from the value.
  await signIn(page, 'op-6108');
  const bell = page.getByRole('link', { name: /Pemberitahuan \(\d+ belum dibaca\)/ });
  await expect(page.getByTestId('unread-count')).toBeVisible();
  await bell.click();
  const notification = page.getByRole('listitem').filter({ hasText: `Nilai dikembalikan: ${INDICATOR}` });
  await expect(notification).toContainText(QUESTION);
  await expect(notification).toContainText('belum dibaca');
  await notification.getByRole('button').click();

  await expect(page).toHaveURL(new RegExp(`/reporting\\?.*indicator=${INDICATOR.replaceAll('.', '\\.')}`));
  const thread = page.getByRole('region', { name: `Diskusi nilai ${INDICATOR}` });
  await expect(thread).toBeVisible();
  await thread.getByLabel('Tulis komentar').fill(`@verifier ${ANSWER}`);
  await thread.getByRole('button', { name: 'Kirim komentar' }).click();
  await expect(thread.getByRole('listitem').filter({ hasText: ANSWER })).toContainText('op-6108');
  await expect(thread.getByLabel('Tulis komentar')).toHaveValue('');

  // The corrected value goes back for verification.
  await page.getByLabel(`Nilai ${KUR}`).fill('44');
  await page.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(page.getByText('1 nilai tersimpan sebagai draf.')).toBeVisible();
  await page.getByRole('button', { name: 'Ajukan semua' }).click();
  await expect(page.getByText(/nilai diajukan untuk verifikasi\./)).toBeVisible();
  await signOut(page);

  // The verifier was mentioned and reads the answer in the same thread.
  await signIn(page, 'verifier');
  await page.getByRole('link', { name: /Pemberitahuan \(\d+ belum dibaca\)/ }).click();
  await page.getByRole('listitem').filter({ hasText: 'op-6108 menyebut Anda' }).getByRole('button').click();
  await expect(page.getByRole('region', { name: `Diskusi nilai ${INDICATOR}` })).toContainText(ANSWER);
});

test('the home page and the inbox work on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, 'op-6108');
  const work = page.getByRole('region', { name: 'Pekerjaan Anda' });
  await expect(work.getByRole('listitem').first()).toBeVisible();
  for (const item of await work.getByRole('listitem').all()) {
    const box = await item.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBeTruthy();
  }
  await page.getByRole('link', { name: /Pemberitahuan \(\d+ belum dibaca\)/ }).click();
  await expect(page.getByRole('heading', { name: 'Pemberitahuan' })).toBeVisible();
  const first = page.getByRole('list', { name: 'Pemberitahuan' }).getByRole('listitem').first();
  const box = await first.boundingBox();
  expect(box && box.x >= 0 && box.x + box.width <= 390).toBeTruthy();
});
