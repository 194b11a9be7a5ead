import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { Fragment, type ReactNode, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { NoticeBanner } from '@/components/notice-banner';
import type { SavedNotice } from '@/lib/saved-notice';
import type { Versioned } from '@/lib/versioned';
import { FormPage } from './form-page';

/** What the page gives the record form it shows. */
export interface EditFormProps<I> {
  submitting: boolean;
  error: unknown;
  onSubmit: (input: I) => void;
  /** Loads the latest version after a 412. */
  onReload: () => void;
  reloading: boolean;
  cancelTo: string;
}

export interface EditRecordPageProps<T, I> {
  /** The record as read, with its ETag. */
  query: Pick<UseQueryResult<Versioned<T>, Error>, 'data' | 'isError' | 'error' | 'refetch' | 'isFetching'>;
  /** Replaces the record, sending the ETag it is given in If-Match. */
  replace: UseMutationResult<Versioned<T>, Error, { input: I; etag: string | null }>;
  /** Where the record is shown: the way back, and where a save leads. */
  detailPath: string;
  backLabel: (record: T) => string;
  title: string;
  /** Said above the form once the latest version is loaded in it. */
  reloadedNotice?: string;
  /** Something else the form needs is still loading. */
  loading?: boolean;
  children: (record: T, form: EditFormProps<I>) => ReactNode;
}

/**
 * A page that edits a record. The form keeps the version it was filled from: its ETag goes
 * with the save even if the cache meanwhile holds a newer one, so that a concurrent change is
 * refused (412) rather than overwritten. Reloading fills a new form from the latest version.
 */
export function EditRecordPage<T, I>(props: EditRecordPageProps<T, I>) {
  const { query, replace, detailPath, backLabel, title, reloadedNotice, loading, children } = props;
  const navigate = useNavigate();
  const [base, setBase] = useState<Versioned<T>>();
  const [formKey, setFormKey] = useState(0);
  if (!base && query.data) setBase(query.data);

  const reload = async () => {
    const fresh = await query.refetch();
    if (fresh.data) {
      replace.reset();
      setBase(fresh.data);
      setFormKey((key) => key + 1);
    }
  };

  if (query.isError) return <ErrorBanner error={query.error} onRetry={() => void query.refetch()} />;
  if (!base || loading) return <Loading />;

  const form: EditFormProps<I> = {
    submitting: replace.isPending,
    error: replace.error,
    onSubmit: (input) =>
      replace.mutate(
        { input, etag: base.etag },
        {
          onSuccess: () => {
            const state: SavedNotice = { notice: 'saved' };
            void navigate(detailPath, { state });
          },
        },
      ),
    onReload: () => void reload(),
    reloading: query.isFetching,
    cancelTo: detailPath,
  };

  return (
    <FormPage backTo={detailPath} backLabel={backLabel(base.record)} title={title}>
      {reloadedNotice && formKey > 0 && !replace.error && <NoticeBanner>{reloadedNotice}</NoticeBanner>}
      <Fragment key={formKey}>{children(base.record, form)}</Fragment>
    </FormPage>
  );
}
