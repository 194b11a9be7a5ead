import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { NoticeBanner } from '@/components/notice-banner';
import { useIndicator } from '../api/get-indicator';
import { usePrograms } from '../api/get-programs';
import type { Indicator, Versioned } from '../api/types';
import { useCreateIndicator, useReplaceIndicator } from '../api/write-indicator';
import { AdminOnly } from '../components/admin-only';
import { IndicatorForm, indicatorFormValues } from '../components/indicator-form';
import type { SavedNotice } from '@/lib/saved-notice';

const detailPath = (code: string) => `/catalogue/indicators/${encodeURIComponent(code)}`;

export function IndicatorCreateRoute() {
  return (
    <AdminOnly>
      <IndicatorCreate />
    </AdminOnly>
  );
}

function IndicatorCreate() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const programCode = params.get('program') ?? '';
  const programs = usePrograms({});
  const create = useCreateIndicator();
  const [initialValues] = useState(() => indicatorFormValues(undefined, programCode, i18n.resolvedLanguage));

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/catalogue">{t('catalogue.backToCatalogue')}</Link>
      </p>
      <h1>{t('catalogue.indicator.newTitle')}</h1>
      {programs.isError && <ErrorBanner error={programs.error} onRetry={() => void programs.refetch()} />}
      {programs.isPending ? (
        <Loading />
      ) : (
        <IndicatorForm
          initialValues={initialValues}
          creating
          programs={programs.data?.items ?? []}
          submitting={create.isPending}
          error={create.error}
          onSubmit={(input) =>
            create.mutate(input, {
              onSuccess: ({ record }) => {
                const state: SavedNotice = { notice: 'created' };
                void navigate(detailPath(record.code), { state });
              },
            })
          }
          cancelTo={programCode ? `/catalogue/programs/${encodeURIComponent(programCode)}` : '/catalogue'}
        />
      )}
    </section>
  );
}

export function IndicatorEditRoute() {
  // A form per record: nothing of one record's form carries over to another's.
  const { code = '' } = useParams();
  return (
    <AdminOnly>
      <IndicatorEdit key={code} />
    </AdminOnly>
  );
}

function IndicatorEdit() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const indicator = useIndicator(code);
  const programs = usePrograms({});
  const replace = useReplaceIndicator(code);
  // The version the form was filled from: its ETag goes with the save, even if the
  // cache meanwhile holds a newer one, so that a concurrent change is never overwritten.
  const [base, setBase] = useState<Versioned<Indicator>>();
  const [formKey, setFormKey] = useState(0);
  if (!base && indicator.data) setBase(indicator.data);

  const reload = async () => {
    const fresh = await indicator.refetch();
    if (fresh.data) {
      replace.reset();
      setBase(fresh.data);
      setFormKey((key) => key + 1);
    }
  };

  if (indicator.isError) return <ErrorBanner error={indicator.error} onRetry={() => void indicator.refetch()} />;
  if (!base || programs.isPending) return <Loading />;

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to={detailPath(code)}>
          {code} · {base.record.name}
        </Link>
      </p>
      <h1>{t('catalogue.indicator.editTitle', { code })}</h1>
      {formKey > 0 && !replace.error && <NoticeBanner>{t('catalogue.messages.reloaded')}</NoticeBanner>}
      <IndicatorForm
        key={formKey}
        initialValues={indicatorFormValues(base.record, '', i18n.resolvedLanguage)}
        creating={false}
        programs={programs.data?.items ?? []}
        submitting={replace.isPending}
        error={replace.error}
        onSubmit={(input) =>
          replace.mutate(
            { input, etag: base.etag },
            {
              onSuccess: () => {
                const state: SavedNotice = { notice: 'saved' };
                void navigate(detailPath(code), { state });
              },
            },
          )
        }
        onReload={() => void reload()}
        reloading={indicator.isFetching}
        cancelTo={detailPath(code)}
      />
    </section>
  );
}
