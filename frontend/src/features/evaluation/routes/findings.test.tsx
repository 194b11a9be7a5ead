import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { sentRequests } from '@/test/fake-api';
import { ADMIN, SAMBAS_OPERATOR } from '@/test/fixtures';
import { renderApp } from '@/test/render';
import { finding } from '../test/fixtures';
import { serveEvaluation } from '../test/fake-evaluation';

const FINDINGS = [
  finding('f-1', { title: 'Koperasi sulit mengakses pembiayaan', overdue: true }),
  finding('f-2', { title: 'Data koperasi berbeda', regionCode: '61.01', status: 'CLOSED', category: 'DATA_QUALITY' }),
  finding('f-3', { title: 'Belum ada rekomendasi', regionCode: '61', recommendationCount: 0, severity: 'LOW' }),
];

describe('the findings board page', () => {
  it('asks the server for the chosen filters and keeps them in the address', async () => {
    saveToken('token', 3600);
    const fetchMock = serveEvaluation(ADMIN, { findings: FINDINGS });
    const { router } = renderApp('/findings');

    expect(await screen.findByText('3 temuan')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Lewat tenggat' })).getByText('Koperasi sulit mengakses pembiayaan')).toBeInTheDocument();

    const filters = screen.getByRole('search', { name: 'Saring temuan' });
    await userEvent.selectOptions(within(filters).getByLabelText('Tenggat'), 'true');

    expect(await screen.findByText('1 temuan')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?overdue=true');
    const last = sentRequests(fetchMock)
      .filter((request) => new URL(request.url).pathname === '/api/v1/findings')
      .at(-1)!;
    expect(new URL(last.url).searchParams.get('overdue')).toBe('true');

    await userEvent.selectOptions(within(filters).getByLabelText('Kategori'), 'DATA_QUALITY');
    expect(await screen.findByText('0 temuan')).toBeInTheDocument();
    await userEvent.click(within(filters).getByRole('button', { name: 'Hapus saringan' }));
    expect(await screen.findByText('3 temuan')).toBeInTheDocument();
  });

  it('offers an operator no region filter', async () => {
    saveToken('token', 3600);
    serveEvaluation(SAMBAS_OPERATOR, { findings: FINDINGS });
    renderApp('/findings');

    const filters = await screen.findByRole('search', { name: 'Saring temuan' });
    await screen.findByText('3 temuan');
    expect(within(filters).queryByLabelText('Wilayah')).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Catat temuan' })).toHaveAttribute('href', '/findings/new');
  });
});
