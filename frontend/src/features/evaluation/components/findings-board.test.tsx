import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/test/render';
import { finding } from '../test/fixtures';
import { FindingsBoard } from './findings-board';

const NAMES = new Map([
  ['61.06', 'Kabupaten Kapuas Hulu'],
  ['61.01', 'Kabupaten Sambas'],
]);

function renderBoard(findings: Parameters<typeof FindingsBoard>[0]['findings']) {
  return renderWithProviders(
    <MemoryRouter>
      <FindingsBoard findings={findings} regionNames={NAMES} />
    </MemoryRouter>,
  );
}

describe('FindingsBoard', () => {
  it('shows each card in its column with region, category and severity', () => {
    renderBoard([
      finding('f-1', { title: 'Koperasi sulit mengakses pembiayaan', overdue: true }),
      finding('f-2', { title: 'Data koperasi berbeda dengan ODS', regionCode: '61.01', status: 'CLOSED', category: 'DATA_QUALITY', severity: 'MEDIUM' }),
    ]);

    const overdue = screen.getByRole('region', { name: 'Lewat tenggat' });
    const card = within(overdue).getByRole('article', { name: 'Koperasi sulit mengakses pembiayaan' });
    expect(card).toHaveTextContent('Kabupaten Kapuas Hulu');
    expect(card).toHaveTextContent('Akses permodalan');
    expect(card).toHaveTextContent('Tinggi');
    expect(within(card).getByRole('link')).toHaveAttribute('href', '/findings/f-1');

    const closed = screen.getByRole('region', { name: 'Ditutup' });
    expect(within(closed).getByRole('article', { name: 'Data koperasi berbeda dengan ODS' })).toHaveTextContent(
      'Kabupaten Sambas',
    );
    expect(within(screen.getByRole('region', { name: 'Belum ada rekomendasi' })).getByText('Tidak ada.')).toBeInTheDocument();
  });

  it('marks overdue findings clearly, and only those', () => {
    renderBoard([
      finding('late', { title: 'Terlambat', overdue: true }),
      finding('on-time', { title: 'Tepat waktu', overdue: false }),
    ]);

    const late = screen.getByRole('article', { name: 'Terlambat' });
    const onTime = screen.getByRole('article', { name: 'Tepat waktu' });
    expect(within(late).getByText('Lewat tenggat')).toBeInTheDocument();
    expect(late).toHaveClass('is-overdue');
    expect(within(onTime).queryByText('Lewat tenggat')).not.toBeInTheDocument();
    expect(onTime).not.toHaveClass('is-overdue');
  });

  it('explains how findings are placed', () => {
    renderBoard([]);
    expect(screen.getByText('Cara membaca papan')).toBeInTheDocument();
    expect(screen.getByText(/Setiap temuan ditempatkan menurut keadaan tindak lanjutnya/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Dalam tindak lanjut' }).querySelector('header')).toHaveAttribute(
      'title',
      'Rekomendasi sedang ditindaklanjuti dan belum melewati batas waktu.',
    );
  });
});
