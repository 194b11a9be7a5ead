import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, problem, sentRequests } from '@/test/fake-api';
import { renderWithProviders } from '@/test/render';
import { ExportButton } from './export-button';

const { createObjectURL, revokeObjectURL } = URL;

function captureDownloads() {
  const saved: { blob: Blob; name: string }[] = [];
  let blob: Blob | null = null;
  URL.createObjectURL = (value: Blob) => {
    blob = value;
    return 'blob:export';
  };
  URL.revokeObjectURL = () => {};
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (blob) saved.push({ blob, name: this.download });
  });
  return saved;
}

describe('ExportButton', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    URL.createObjectURL = createObjectURL;
    URL.revokeObjectURL = revokeObjectURL;
  });

  it('downloads the realizations of a region and period with the token, under a name that says what they are', async () => {
    saveToken('token', 3600);
    const fetchMock = fakeApi({
      'GET /api/v1/exports/realizations': () =>
        new Response('indicator,region,period,value,note\n2.17.06.01,61.01,2026Q4,5,\n', {
          headers: { 'Content-Type': 'text/csv;charset=UTF-8' },
        }),
    });
    const saved = captureDownloads();
    renderWithProviders(
      <ExportButton
        kind="realizations"
        query={{ region: '61.01', periodFrom: '2026Q4', periodTo: '2026Q4' }}
        label="Unduh CSV realisasi Triwulan 4 2026 Kabupaten Sambas"
      />,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Unduh CSV realisasi Triwulan 4 2026 Kabupaten Sambas' }));
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0].name).toBe('realizations-61.01-2026Q4.csv');
    expect(await saved[0].blob.text()).toContain('2.17.06.01,61.01,2026Q4,5,');
    const [request] = sentRequests(fetchMock);
    expect(Object.fromEntries(new URL(request.url).searchParams)).toEqual({
      region: '61.01',
      periodFrom: '2026Q4',
      periodTo: '2026Q4',
      format: 'csv',
    });
    expect(request.headers.get('Authorization')).toBe('Bearer token');
  });

  it('says why the server refused the download', async () => {
    saveToken('token', 3600);
    fakeApi({ 'GET /api/v1/exports/targets': () => problem(400, 'Invalid request', 'year must be a number') });
    renderWithProviders(<ExportButton kind="targets" query={{ year: 2026 }} text="Unduh target (CSV)" />);
    await userEvent.click(screen.getByRole('button', { name: 'Unduh target (CSV)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('year must be a number');
  });
});
