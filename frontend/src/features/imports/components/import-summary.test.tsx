import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { renderWithProviders } from '@/test/render';
import type { ImportSummary as Summary } from '../api/types';
import { ImportSummary } from './import-summary';

const CHECKED: Summary = {
  kind: 'REALIZATIONS',
  dryRun: true,
  mode: 'ATOMIC',
  committed: false,
  rows: 40,
  created: 20,
  updated: 3,
  unchanged: 2,
  rejected: 15,
  conflicts: [
    {
      error: 'UNKNOWN_INDICATOR',
      message: 'no indicator has this code',
      count: 1,
      rows: [2],
      firstValue: '9.99.99.99',
    },
    {
      error: 'NOT_A_NUMBER',
      message: 'not a number (use a dot or a comma for decimals, at most 4 decimals)',
      count: 1203,
      rows: Array.from({ length: 13 }, (_, index) => index + 10),
      firstValue: 'dua belas',
    },
    { error: 'VALUE_MISSING', message: 'a value is required', count: 1, rows: [5], firstValue: null },
  ],
};

describe('ImportSummary', () => {
  it('counts the rows and lists the rejected ones by error, in Bahasa Indonesia', () => {
    renderWithProviders(<ImportSummary summary={CHECKED} stage="checked" />);

    expect(screen.getByRole('heading', { name: 'Hasil pemeriksaan' })).toBeInTheDocument();
    const counts = screen.getByLabelText('Jumlah baris');
    expect(within(counts).getByText('Baris dibaca').nextElementSibling).toHaveTextContent('40');
    expect(within(counts).getByText('Baru').nextElementSibling).toHaveTextContent('20');
    expect(within(counts).getByText('Ditolak').nextElementSibling).toHaveTextContent('15');
    expect(screen.getByText('15 baris ditolak. Perbaiki berkas lalu periksa lagi, atau muat baris yang valid saja.')).toBeInTheDocument();

    const table = screen.getByRole('table', { name: /Baris yang ditolak menurut kesalahan/ });
    const unknown = within(table).getByRole('row', { name: /Kode indikator tidak dikenal/ });
    expect(within(unknown).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['1', '2', '9.99.99.99']);
    const missing = within(table).getByRole('row', { name: /Nilai wajib diisi/ });
    expect(within(missing).getAllByRole('cell')[2]).toHaveTextContent('—');
  });

  it('folds long row lists away and says how many rows the server did not list', async () => {
    renderWithProviders(<ImportSummary summary={CHECKED} stage="checked" />);
    const row = screen.getByRole('row', { name: /Bukan angka/ });
    const rows = within(row).getAllByRole('cell')[1];
    expect(rows).toHaveTextContent(/^10, 11, 12, 13, 14, 15, 16, 17, 18, 19/);
    expect(within(row).getByText('dan 3 baris lainnya')).toBeInTheDocument();
    expect(within(row).getByText('20, 21, 22').closest('details')).not.toHaveAttribute('open');
    await userEvent.click(within(row).getByText('dan 3 baris lainnya'));
    expect(within(row).getByText('20, 21, 22').closest('details')).toHaveAttribute('open');
    expect(within(row).getByText('1190 baris lagi tidak dicantumkan.')).toBeInTheDocument();
  });

  it('translates every error into English too', async () => {
    await i18n.changeLanguage('en');
    renderWithProviders(<ImportSummary summary={CHECKED} stage="checked" />);
    expect(screen.getByRole('row', { name: /Unknown indicator code/ })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /Not a number \(use a dot or a comma for decimals/ })).toBeInTheDocument();
    expect(screen.getByText('and 3 more rows')).toBeInTheDocument();
    expect(screen.getByText('15 rows rejected. Fix the file and check again, or load the valid rows only.')).toBeInTheDocument();
  });

  it('says how many rows a load wrote and that realizations are drafts', () => {
    renderWithProviders(
      <ImportSummary
        summary={{ ...CHECKED, dryRun: false, mode: 'PARTIAL', committed: true }}
        stage="loaded"
      />,
    );
    expect(screen.getByRole('heading', { name: 'Hasil pemuatan' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(
      '23 baris dimuat. Baris yang ditolak tidak dimuat. Nilai realisasi dimuat sebagai draf. Ajukan dari halaman Pelaporan.',
    );
  });

  it('has every conflict kind of the contract translated in both languages', async () => {
    const kinds = [
      'MALFORMED_ROW',
      'UNKNOWN_INDICATOR',
      'RETIRED_INDICATOR',
      'UNKNOWN_REGION',
      'REGION_NOT_ALLOWED',
      'REGION_NOT_REPORTING',
      'BAD_PERIOD',
      'BAD_YEAR',
      'PERIOD_NOT_STARTED',
      'PERIOD_LOCKED',
      'NOT_A_NUMBER',
      'VALUE_MISSING',
      'DUPLICATE_ROW',
      'NOT_EDITABLE',
    ] as const satisfies readonly Summary['conflicts'][number]['error'][];
    for (const language of ['id', 'en']) {
      await i18n.changeLanguage(language);
      for (const kind of kinds) {
        expect(i18n.exists(`imports.conflict.${kind}`)).toBe(true);
      }
    }
  });
});
