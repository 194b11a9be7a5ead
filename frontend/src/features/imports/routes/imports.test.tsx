import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { CurrentUser } from '@/features/auth';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, json, sentRequests } from '@/test/fake-api';
import { ADMIN, REGIONS, SAMBAS_OPERATOR } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { jobPolling } from '../api/import-rows';
import type { ImportJob, ImportSummary } from '../api/types';

const VERIFIER: CurrentUser = { username: 'verifier', displayName: 'Verifikator Provinsi', role: 'VERIFIER', regionCode: null };

const BAD_FILE = [
  'indicator,region,period,value,note',
  '9.99.99.99,61.01,2026Q4,3,',
  '2.17.07.03,61.71,2026Q4,4,',
  '2.17.07.04,61.01,2026Q4,dua belas,',
].join('\n');

const GOOD_FILE = ['indicator,region,period,value,note', '2.17.07.03,61.01,2026Q4,4,', '2.17.07.04,61.01,2026Q4,12,'].join(
  '\n',
);

function summary(changes: Partial<ImportSummary> = {}): ImportSummary {
  return {
    kind: 'REALIZATIONS',
    dryRun: true,
    mode: 'ATOMIC',
    committed: false,
    rows: 2,
    created: 2,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    conflicts: [],
    ...changes,
  };
}

const WITH_CONFLICTS = summary({
  rows: 3,
  created: 0,
  rejected: 3,
  conflicts: [
    { error: 'UNKNOWN_INDICATOR', message: 'no indicator has this code', count: 1, rows: [2], firstValue: '9.99.99.99' },
    {
      error: 'REGION_NOT_ALLOWED',
      message: 'your account may not load data of this region',
      count: 1,
      rows: [3],
      firstValue: '61.71',
    },
    { error: 'NOT_A_NUMBER', message: 'not a number', count: 1, rows: [4], firstValue: 'dua belas' },
  ],
});

const PARTLY_VALID = summary({
  rows: 3,
  created: 1,
  rejected: 2,
  conflicts: WITH_CONFLICTS.conflicts.slice(1),
});

type ImportHandler = (request: Request, url: URL) => Response | Promise<Response>;

/** The kinds as GET /api/v1/imports/kinds lists them, the province's regions kind included. */
const BULK_KINDS = [
  { name: 'realizations', columns: ['indicator', 'region', 'period', 'value', 'note'], loaders: ['ADMIN', 'OPERATOR'] },
  { name: 'targets', columns: ['indicator', 'region', 'year', 'value'], loaders: ['ADMIN', 'VERIFIER'] },
  { name: 'regions', columns: ['code', 'bpsCode', 'name', 'level', 'parent'], loaders: ['ADMIN'] },
].map((kind) => ({ ...kind, description: kind.name, requiredColumns: kind.columns, textColumns: [] }));

function serve(
  user: CurrentUser,
  onImport: ImportHandler = () => json(summary()),
  more: Record<string, ImportHandler> = {},
) {
  saveToken('token', 3600);
  return fakeApi({
    'GET /api/v1/auth/me': () => json(user),
    'GET /api/v1/regions': () => json({ items: REGIONS, page: 0, size: 500, total: REGIONS.length }),
    'GET /api/v1/imports/kinds': () => json(BULK_KINDS),
    'POST /api/v1/imports/realizations': onImport,
    'POST /api/v1/imports/targets': onImport,
    'GET /api/v1/exports/realizations': () =>
      new Response('indicator,region,period,value,note\n', {
        headers: { 'Content-Type': 'text/csv;charset=UTF-8', 'Content-Disposition': 'attachment; filename="realizations.csv"' },
      }),
    ...more,
  });
}

function importCalls(fetchMock: ReturnType<typeof fakeApi>) {
  return sentRequests(fetchMock).filter(
    (request) => request.method === 'POST' && new URL(request.url).pathname.startsWith('/api/v1/imports/'),
  );
}

function csvFile(text: string, name = 'sambas-2026q4.csv') {
  return new File([text], name, { type: 'text/csv' });
}

async function chooseFile(text: string, name?: string) {
  await userEvent.upload(await screen.findByLabelText('Berkas (CSV atau JSON)'), csvFile(text, name));
}

/** The files the page offers for saving; jsdom has no object URLs and cannot follow the link. */
function captureDownloads(): Blob[] & { names: string[] } {
  const blobs = Object.assign([] as Blob[], { names: [] as string[] });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    blobs.names.push(this.download);
  });
  const { createObjectURL, revokeObjectURL } = URL;
  URL.createObjectURL = (blob: Blob) => {
    blobs.push(blob);
    return 'blob:download';
  };
  URL.revokeObjectURL = () => {};
  onTestFinished(() => {
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
  });
  return blobs;
}

describe('ImportsRoute', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-27T08:00:00'));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('lets an operator load realizations only, from the side navigation', async () => {
    serve(SAMBAS_OPERATOR);
    renderApp('/');
    const navigation = await screen.findByRole('navigation');
    await userEvent.click(await within(navigation).findByRole('link', { name: 'Impor Data' }));

    expect(await screen.findByRole('heading', { name: 'Impor Data', level: 1 })).toBeInTheDocument();
    const kinds = screen.getByRole('group', { name: 'Jenis data' });
    expect(within(kinds).getAllByRole('radio')).toHaveLength(1);
    expect(within(kinds).getByRole('radio', { name: 'Realisasi' })).toBeChecked();
    expect(screen.getByLabelText('Kode wilayah dalam berkas')).toHaveValue('KEMENDAGRI');
  });

  it('offers each role the kinds the server says it may load', async () => {
    serve(VERIFIER);
    const { unmount } = renderApp('/imports');
    const verifierKinds = await screen.findByRole('group', { name: 'Jenis data' });
    expect(within(verifierKinds).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['targets']);
    unmount();

    serve(ADMIN);
    renderApp('/imports');
    const adminKinds = await screen.findByRole('group', { name: 'Jenis data' });
    expect(within(adminKinds).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual([
      'realizations',
      'targets',
      'regions',
    ]);
    await userEvent.click(within(adminKinds).getByRole('radio', { name: 'Wilayah' }));
    expect(within(adminKinds).getByText(/Kolom: code, bpsCode, name, level, parent/)).toBeInTheDocument();
  });

  it('downloads a template of the chosen kind with the operator’s region and the running quarter', async () => {
    serve(SAMBAS_OPERATOR);
    const blobs = captureDownloads();
    renderApp('/imports');

    await userEvent.click(await screen.findByRole('button', { name: 'Unduh templat' }));
    expect(blobs).toHaveLength(1);
    expect(await blobs[0].text()).toBe('indicator,region,period,value,note\n2.17.06.01,61.01,2026Q4,12,\n');
    expect(blobs.names).toEqual(['template-realizations.csv']);

    await userEvent.selectOptions(screen.getByLabelText('Kode wilayah dalam berkas'), 'BPS');
    await userEvent.click(screen.getByRole('button', { name: 'Unduh templat' }));
    expect(await blobs[1].text()).toBe('indicator,region,period,value,note\n2.17.06.01,6101,2026Q4,12,\n');
  });

  it('checks the file as a dry run and lists the rejected rows by error, offering to fix it or load the valid rows', async () => {
    const fetchMock = serve(SAMBAS_OPERATOR, () => json(WITH_CONFLICTS));
    renderApp('/imports');
    await chooseFile(BAD_FILE);
    expect(screen.getByText('Berkas dipilih: sambas-2026q4.csv')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Periksa' }));

    expect(await screen.findByRole('heading', { name: 'Hasil pemeriksaan' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: /Baris yang ditolak/ });
    expect(within(table).getByRole('row', { name: /Kode indikator tidak dikenal/ })).toHaveTextContent('9.99.99.99');
    expect(within(table).getByRole('row', { name: /Akun Anda tidak boleh memuat data wilayah ini/ })).toHaveTextContent('61.71');
    expect(within(table).getByRole('row', { name: /Bukan angka/ })).toHaveTextContent('dua belas');

    expect(screen.getByRole('button', { name: 'Perbaiki berkas dan periksa lagi' })).toBeInTheDocument();
    // Nothing is valid in this file: the partial load is offered but cannot run.
    expect(screen.getByRole('button', { name: 'Muat baris yang valid saja' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Muat' })).not.toBeInTheDocument();

    const [request] = importCalls(fetchMock);
    const url = new URL(request.url);
    expect(url.pathname).toBe('/api/v1/imports/realizations');
    expect(Object.fromEntries(url.searchParams)).toEqual({ dryRun: 'true', mode: 'ATOMIC', idScheme: 'KEMENDAGRI' });
    expect(request.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    expect(request.headers.get('Authorization')).toBe('Bearer token');
    expect(await request.text()).toBe(BAD_FILE);
  });

  it('loads the valid rows only (PARTIAL) when the check found conflicts, and shows what was loaded', async () => {
    const fetchMock = serve(SAMBAS_OPERATOR, (_request, url) =>
      url.searchParams.get('dryRun') === 'true'
        ? json(PARTLY_VALID)
        : json({ ...PARTLY_VALID, dryRun: false, mode: 'PARTIAL', committed: true }),
    );
    renderApp('/imports');
    await chooseFile(BAD_FILE);
    await userEvent.click(screen.getByRole('button', { name: 'Periksa' }));

    await userEvent.click(await screen.findByRole('button', { name: 'Muat baris yang valid saja' }));
    expect(await screen.findByRole('heading', { name: 'Hasil pemuatan' })).toBeInTheDocument();
    expect(screen.getByText(/1 baris dimuat\. Baris yang ditolak tidak dimuat\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Muat berkas lain' })).toBeInTheDocument();

    const load = importCalls(fetchMock)[1];
    expect(Object.fromEntries(new URL(load.url).searchParams)).toEqual({
      dryRun: 'false',
      mode: 'PARTIAL',
      idScheme: 'KEMENDAGRI',
    });
  });

  it('offers only "Muat" when every row is valid, then shows the rows created', async () => {
    const fetchMock = serve(SAMBAS_OPERATOR, (_request, url) =>
      url.searchParams.get('dryRun') === 'true' ? json(summary()) : json(summary({ dryRun: false, committed: true })),
    );
    renderApp('/imports');
    await userEvent.type(await screen.findByLabelText('Atau tempel teks CSV'), GOOD_FILE);
    await userEvent.click(screen.getByRole('button', { name: 'Periksa' }));

    expect(await screen.findByText('Semua baris dapat dimuat.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Muat baris yang valid saja' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Perbaiki berkas dan periksa lagi' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Muat' }));

    expect(await screen.findByRole('heading', { name: 'Hasil pemuatan' })).toBeInTheDocument();
    expect(within(screen.getByLabelText('Jumlah baris')).getByText('Baru').nextElementSibling).toHaveTextContent('2');
    expect(screen.getByRole('status')).toHaveTextContent('2 baris dimuat. Nilai realisasi dimuat sebagai draf.');

    const [check, load] = importCalls(fetchMock);
    expect(await check.text()).toBe(GOOD_FILE);
    expect(new URL(load.url).searchParams.get('mode')).toBe('ATOMIC');
    expect(new URL(load.url).searchParams.get('dryRun')).toBe('false');
  });

  it('shows the summary of a load the server rejected (422) and offers the partial load', async () => {
    serve(SAMBAS_OPERATOR, (_request, url) =>
      url.searchParams.get('dryRun') === 'true'
        ? json(summary())
        : new Response(
            JSON.stringify({
              type: 'urn:monev:problem:import-rejected',
              title: 'Import rejected',
              status: 422,
              detail: '1 of 2 rows were rejected, so nothing was loaded',
              summary: summary({
                dryRun: false,
                created: 1,
                rejected: 1,
                conflicts: [
                  {
                    error: 'NOT_EDITABLE',
                    message: 'the stored value is submitted or verified and can no longer change',
                    count: 1,
                    rows: [3],
                    firstValue: '2.17.07.04',
                  },
                ],
              }),
            }),
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          ),
    );
    renderApp('/imports');
    await chooseFile(GOOD_FILE);
    await userEvent.click(screen.getByRole('button', { name: 'Periksa' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Muat' }));

    expect(await screen.findByRole('heading', { name: 'Berkas ditolak' })).toBeInTheDocument();
    expect(screen.getByText('Tidak ada data yang disimpan karena ada baris yang ditolak.')).toBeInTheDocument();
    expect(
      screen.getByRole('row', { name: /Nilai yang tersimpan sudah diajukan atau diverifikasi sehingga tidak dapat diubah/ }),
    ).toHaveTextContent('3');
    expect(screen.getByRole('button', { name: 'Muat baris yang valid saja' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: 'Muat' })).not.toBeInTheDocument();
  });

  it('lets the user fix the file: the summary goes and the file can be chosen again', async () => {
    let call = 0;
    serve(SAMBAS_OPERATOR, () => (call++ === 0 ? json(WITH_CONFLICTS) : json(summary())));
    renderApp('/imports');
    await chooseFile(BAD_FILE);
    await userEvent.click(screen.getByRole('button', { name: 'Periksa' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Perbaiki berkas dan periksa lagi' }));

    expect(screen.queryByRole('heading', { name: 'Hasil pemeriksaan' })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Berkas (CSV atau JSON)')).toHaveFocus();
    await chooseFile(GOOD_FILE, 'sambas-2026q4-perbaikan.csv');
    await userEvent.click(screen.getByRole('button', { name: 'Periksa' }));
    expect(await screen.findByText('Semua baris dapat dimuat.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Muat' })).toBeInTheDocument();
  });

  it('shows an indeterminate progress bar while the server works', async () => {
    let answer: (response: Response) => void = () => {};
    serve(SAMBAS_OPERATOR, () => new Promise<Response>((resolve) => (answer = resolve)));
    renderApp('/imports');
    await chooseFile(GOOD_FILE);
    await userEvent.click(screen.getByRole('button', { name: 'Periksa' }));

    const progress = await screen.findByRole('progressbar', { name: 'Sedang memeriksa berkas…' });
    expect(progress).not.toHaveAttribute('value');
    expect(screen.getByRole('button', { name: 'Periksa' })).toBeDisabled();
    answer(json(summary()));
    expect(await screen.findByText('Semua baris dapat dimuat.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('follows a large file the server loads in the background (202) and shows its summary at the end', async () => {
    jobPolling.intervalMs = 0;
    onTestFinished(() => {
      jobPolling.intervalMs = 1000;
    });
    const job: ImportJob = {
      id: '0b6f4f0e-8d7c-4a3f-9a51-3f2b1c0d9e11',
      kind: 'REALIZATIONS',
      status: 'QUEUED',
      progress: 0,
      fileBytes: 60_000_000,
      createdBy: 'op-6101',
      createdAt: '2026-11-27T08:00:00Z',
      finishedAt: null,
      summary: null,
      error: null,
    };
    const states: ImportJob[] = [
      { ...job, status: 'RUNNING', progress: 40 },
      { ...job, status: 'SUCCEEDED', progress: 100, finishedAt: '2026-11-27T08:01:00Z', summary: WITH_CONFLICTS },
    ];
    let answer: (() => void) | null = null;
    serve(SAMBAS_OPERATOR, () => json(job, 202, { Location: `/api/v1/imports/jobs/${job.id}` }), {
      [`GET /api/v1/imports/jobs/${job.id}`]: () =>
        new Promise<Response>((resolve) => {
          const state = states.shift()!;
          // The last answer waits until the test has seen the progress.
          if (state.status === 'SUCCEEDED') answer = () => resolve(json(state));
          else resolve(json(state));
        }),
    });
    renderApp('/imports');
    await chooseFile(BAD_FILE);
    await userEvent.click(screen.getByRole('button', { name: 'Periksa' }));

    const progress = await screen.findByRole('progressbar', { name: 'Sedang memeriksa berkas…' });
    await vi.waitFor(() => expect(progress).toHaveAttribute('value', '40'));
    expect(screen.getByText(/Sedang memeriksa berkas… 40%/)).toBeInTheDocument();
    await vi.waitFor(() => expect(answer).not.toBeNull());
    answer!();
    expect(await screen.findByRole('heading', { name: 'Hasil pemeriksaan' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Kode indikator tidak dikenal/ })).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('explains a header the server refused, and an empty form', async () => {
    serve(SAMBAS_OPERATOR, () =>
      new Response(
        JSON.stringify({
          title: 'Invalid request',
          status: 400,
          detail: '1 fields or parameters are invalid',
          errors: [{ field: 'header', message: 'missing column period' }],
        }),
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    renderApp('/imports');
    await userEvent.click(await screen.findByRole('button', { name: 'Periksa' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Pilih berkas atau tempel teks CSV lebih dulu.');

    await chooseFile('indicator,region,value\n2.17.07.03,61.01,4\n');
    await userEvent.click(screen.getByRole('button', { name: 'Periksa' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Baris judul berkas tidak sesuai: missing column period. Judul yang diharapkan: indicator,region,period,value,note',
    );
  });

  it('sends a JSON file as JSON', async () => {
    const fetchMock = serve(SAMBAS_OPERATOR);
    renderApp('/imports');
    const rows = JSON.stringify([{ indicator: '2.17.07.03', region: '61.01', period: '2026Q4', value: 4 }]);
    await userEvent.upload(
      await screen.findByLabelText('Berkas (CSV atau JSON)'),
      new File([rows], 'sambas.json', { type: 'application/json' }),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Periksa' }));
    await screen.findByText('Semua baris dapat dimuat.');
    const [request] = importCalls(fetchMock);
    expect(request.headers.get('Content-Type')).toBe('application/json');
    expect(await request.text()).toBe(rows);
  });

  it('downloads the realizations of a year as CSV with the bearer token', async () => {
    const fetchMock = serve(SAMBAS_OPERATOR);
    const blobs = captureDownloads();
    renderApp('/imports');

    const panel = await screen.findByRole('region', { name: 'Unduh data' });
    expect(panel).toHaveTextContent('Hanya data wilayah Anda yang diunduh.');
    await userEvent.selectOptions(within(panel).getByLabelText('Tahun'), '2025');
    await userEvent.click(within(panel).getByRole('button', { name: 'Unduh CSV' }));

    await vi.waitFor(() => expect(blobs).toHaveLength(1));
    expect(await blobs[0].text()).toBe('indicator,region,period,value,note\n');
    expect(blobs.names).toEqual(['realizations-61.01-2025.csv']);
    const request = sentRequests(fetchMock).find((sent) => sent.url.includes('/api/v1/exports/'));
    const url = new URL(request!.url);
    expect(url.pathname).toBe('/api/v1/exports/realizations');
    expect(Object.fromEntries(url.searchParams)).toEqual({ year: '2025', region: '61.01', format: 'csv' });
    expect(request!.headers.get('Authorization')).toBe('Bearer token');
  });
});
