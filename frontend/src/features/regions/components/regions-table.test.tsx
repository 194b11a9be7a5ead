import { act, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '@/i18n';
import { REGIONS } from '@/test/fixtures';
import { renderWithProviders } from '@/test/render';
import { RegionsTable } from './regions-table';

const namesByCode = new Map(REGIONS.map((region) => [region.code, region.name]));

/** The row whose name column is exactly `name` (parents repeat names in other rows). */
function rowOf(name: string) {
  return screen.getByRole('cell', { name }).closest('tr') as HTMLElement;
}

describe('RegionsTable', () => {
  it('shows one row per region with its codes and parent', () => {
    renderWithProviders(<RegionsTable regions={REGIONS} namesByCode={namesByCode} />);

    // One header row plus the province and its 14 regencies and cities.
    expect(screen.getAllByRole('row')).toHaveLength(16);
    const pontianak = within(rowOf('Kota Pontianak')).getAllByRole('cell').map((cell) => cell.textContent);
    expect(pontianak).toEqual(['61.71', 'Kota Pontianak', 'Kota', '6171', '61 · Provinsi Kalimantan Barat']);
    expect(within(rowOf('Provinsi Kalimantan Barat')).getAllByRole('cell')[4]).toHaveTextContent('—');
  });

  it('translates the level in Bahasa Indonesia and in English', async () => {
    renderWithProviders(<RegionsTable regions={REGIONS} />);
    expect(within(rowOf('Kabupaten Sambas')).getByText('Kabupaten')).toBeInTheDocument();
    expect(within(rowOf('Provinsi Kalimantan Barat')).getByText('Provinsi')).toBeInTheDocument();

    await act(() => i18n.changeLanguage('en'));

    expect(await screen.findByRole('columnheader', { name: 'BPS code' })).toBeInTheDocument();
    expect(within(rowOf('Kabupaten Sambas')).getByText('Regency')).toBeInTheDocument();
    expect(within(rowOf('Kota Singkawang')).getByText('City')).toBeInTheDocument();
    expect(within(rowOf('Provinsi Kalimantan Barat')).getByText('Province')).toBeInTheDocument();
  });

  it('says so when nothing matches', () => {
    renderWithProviders(<RegionsTable regions={[]} />);
    expect(screen.getByText('Tidak ada wilayah yang sesuai.')).toBeInTheDocument();
  });
});
