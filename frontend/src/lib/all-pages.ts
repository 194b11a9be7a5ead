/** The largest page the API gives (`size` is at most 500 on every list). */
export const MAX_PAGE_SIZE = 500;

interface Paged<T> {
  items: T[];
  total: number;
}

/**
 * Reads every page of a list: the first, then the rest at once (their count follows from the
 * first page's total and length). A national deployment holds more regions than one page.
 */
export async function readAllPages<T>(readPage: (page: number) => Promise<Paged<T>>): Promise<T[]> {
  const first = await readPage(0);
  const size = first.items.length;
  if (size === 0 || size >= first.total) return first.items;
  const pages = Math.ceil(first.total / size);
  const rest = await Promise.all(Array.from({ length: pages - 1 }, (_, index) => readPage(index + 1)));
  return [first, ...rest].flatMap((page) => page.items);
}
