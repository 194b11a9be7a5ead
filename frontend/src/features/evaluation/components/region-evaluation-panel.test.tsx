import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { sentRequests } from '@/test/fake-api';
import { ADMIN } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { finding, recommendation } from '../test/fixtures';
import { serveEvaluation } from '../test/fake-evaluation';
import { RegionEvaluationPanel } from './region-evaluation-panel';

describe('RegionEvaluationPanel', () => {
  it("lists the region's open findings and its overdue recommendations", async () => {
    saveToken('token', 3600);
    const fetchMock = serveEvaluation(ADMIN, {
      findings: [
        finding('f-1', { title: 'Koperasi sulit mengakses pembiayaan', overdue: true }),
        finding('f-2', { title: 'Nilai pembiayaan masih rendah' }),
        finding('f-3', { title: 'Sudah ditutup', status: 'CLOSED' }),
        finding('f-4', { title: 'Wilayah lain', regionCode: '61.01', overdue: true }),
      ],
      recommendations: {
        'f-1': [
          recommendation('r-1', { text: 'Pendampingan laporan keuangan.', overdue: true, status: 'IN_PROGRESS' }),
          recommendation('r-2', { text: 'Sudah selesai.', status: 'DONE' }),
        ],
      },
    });
    renderWithProviders(
      <MemoryRouter>
        <RegionEvaluationPanel regionCode="61.06" />
      </MemoryRouter>,
    );

    const open = await screen.findByRole('list', { name: 'Temuan terbuka' });
    expect(within(open).getAllByRole('listitem').map((item) => item.querySelector('a')?.textContent)).toEqual([
      'Koperasi sulit mengakses pembiayaan',
      'Nilai pembiayaan masih rendah',
    ]);
    const overdue = await screen.findByRole('list', { name: 'Rekomendasi lewat tenggat' });
    expect(within(overdue).getAllByRole('listitem')).toHaveLength(1);
    expect(overdue).toHaveTextContent('Pendampingan laporan keuangan.');
    expect(overdue).toHaveTextContent('2 · Belum sesuai / dalam proses');
    // Only the finding with an overdue recommendation has its recommendations read.
    const paths = sentRequests(fetchMock).map((request) => new URL(request.url).pathname);
    expect(paths).toContain('/api/v1/findings/f-1/recommendations');
    expect(paths).not.toContain('/api/v1/findings/f-2/recommendations');
  });
});
