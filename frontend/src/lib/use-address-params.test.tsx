import { act, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useAddressParams } from './use-address-params';

function Filters() {
  const [params, change] = useAddressParams();
  return (
    <>
      <output>{params.toString()}</output>
      <button
        type="button"
        onClick={() => {
          // Two filters chosen one after the other, before the page renders again.
          change((next) => next.set('region', '61.01'));
          change((next) => next.set('period', '2026Q4'));
        }}
      >
        choose
      </button>
      <button type="button" onClick={() => change((next) => next.delete('region'))}>
        clear
      </button>
    </>
  );
}

describe('useAddressParams', () => {
  it('keeps both of two changes made before the page renders again, and replaces the history entry', async () => {
    const router = createMemoryRouter([{ path: '/', element: <Filters /> }], { initialEntries: ['/?sort=oldest'] });
    render(<RouterProvider router={router} />);

    await act(async () => screen.getByRole('button', { name: 'choose' }).click());
    expect(screen.getByRole('status')).toHaveTextContent('sort=oldest&region=61.01&period=2026Q4');
    expect(router.state.historyAction).toBe('REPLACE');

    await act(async () => screen.getByRole('button', { name: 'clear' }).click());
    expect(screen.getByRole('status')).toHaveTextContent('sort=oldest&period=2026Q4');
  });
});
