import { describe, expect, it, vi } from 'vitest';
import { readAllPages } from './all-pages';

/** A list of `total` numbers served `size` at a time. */
function served(total: number, size: number) {
  const all = Array.from({ length: total }, (_, index) => index);
  return vi.fn(async (page: number) => ({ items: all.slice(page * size, (page + 1) * size), page, size, total }));
}

describe('readAllPages', () => {
  it('reads one page when it holds the whole list', async () => {
    const readPage = served(15, 500);
    expect(await readAllPages(readPage)).toHaveLength(15);
    expect(readPage).toHaveBeenCalledTimes(1);
  });

  it('reads every page of a list longer than a page, in order', async () => {
    // 552 regions: the nation, 38 provinces and 514 regencies and cities in pages of 500.
    const readPage = served(552, 500);
    const items = await readAllPages(readPage);
    expect(items).toHaveLength(552);
    expect(items[0]).toBe(0);
    expect(items[551]).toBe(551);
    expect(readPage.mock.calls.map(([page]) => page)).toEqual([0, 1]);
  });

  it('asks for as many pages as the total needs', async () => {
    const readPage = served(25, 10);
    expect(await readAllPages(readPage)).toEqual(Array.from({ length: 25 }, (_, index) => index));
    expect(readPage.mock.calls.map(([page]) => page)).toEqual([0, 1, 2]);
  });

  it('stops at an empty list', async () => {
    const readPage = served(0, 500);
    expect(await readAllPages(readPage)).toEqual([]);
    expect(readPage).toHaveBeenCalledTimes(1);
  });
});
