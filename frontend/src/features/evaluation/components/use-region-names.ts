import { useMemo } from 'react';
import { useRegions } from '@/features/regions';

/** Names of every region by Kemendagri code, to show regions by name. */
export function useRegionNames(): ReadonlyMap<string, string> {
  const regions = useRegions();
  return useMemo(
    () => new Map((regions.data?.items ?? []).map((region) => [region.code, region.name])),
    [regions.data],
  );
}

export function regionName(code: string | null | undefined, names: ReadonlyMap<string, string>): string {
  if (!code) return '—';
  return names.get(code) ?? code;
}
