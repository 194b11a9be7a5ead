import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveToken } from '@/lib/token-storage';
import { fakeApi, json, sentRequests } from '@/test/fake-api';
import { getRegions, type Region } from './get-regions';

function region(index: number): Region {
  const code = index === 0 ? '11' : `11.${String(index).padStart(3, '0')}`;
  return {
    code,
    bpsCode: code.replace('.', ''),
    name: `Wilayah ${index}`,
    level: index === 0 ? 'PROVINCE' : 'REGENCY',
    parentCode: index === 0 ? null : '11',
    createdAt: '2025-01-01T00:00:00Z',
    updatedAt: '2025-01-01T00:00:00Z',
    version: 0,
  };
}

describe('getRegions', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('reads all 552 regions of a national deployment, over two pages of 500', async () => {
    const all = Array.from({ length: 552 }, (_, index) => region(index));
    saveToken('token', 3600);
    const fetchMock = fakeApi({
      'GET /api/v1/regions': (_request, url) => {
        const page = Number(url.searchParams.get('page'));
        const size = Number(url.searchParams.get('size'));
        return json({ items: all.slice(page * size, (page + 1) * size), page, size, total: all.length });
      },
    });

    const regions = await getRegions();

    expect(regions.items).toHaveLength(552);
    expect(regions.total).toBe(552);
    expect(regions.items.at(-1)?.code).toBe('11.551');
    const asked = sentRequests(fetchMock).map((request) => new URL(request.url).searchParams);
    expect(asked.map((params) => [params.get('page'), params.get('size')])).toEqual([
      ['0', '500'],
      ['1', '500'],
    ]);
  });
});
