import { useCallback, useLayoutEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * The page's search parameters, and a change to them that builds on every earlier change, even one
 * made a moment before and not rendered yet. React Router's own functional update starts from the
 * parameters of the last render, so of two quick changes (a region, then a period) the first would be
 * lost. Changes replace the history entry: filters are not pages to go back through.
 */
export function useAddressParams(): [URLSearchParams, (edit: (next: URLSearchParams) => void) => void] {
  const [params, setParams] = useSearchParams();
  const latest = useRef(params);
  useLayoutEffect(() => {
    latest.current = params;
  }, [params]);
  const change = useCallback(
    (edit: (next: URLSearchParams) => void) => {
      const next = new URLSearchParams(latest.current);
      edit(next);
      latest.current = next;
      setParams(next, { replace: true });
    },
    [setParams],
  );
  return [params, change];
}
