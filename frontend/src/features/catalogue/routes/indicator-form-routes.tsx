import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { FormPage } from '@/components/form/form-page';
import { useCreateRecord } from '@/components/form/use-create-record';
import { Loading } from '@/components/loading';
import { useIndicator } from '../api/get-indicator';
import { usePrograms } from '../api/get-programs';
import { useCreateIndicator, useReplaceIndicator } from '../api/write-indicator';
import { CatalogueEditPage } from '../components/catalogue-edit-page';
import { IndicatorForm, indicatorFormValues } from '../components/indicator-form';
import { indicatorPath, programPath } from '../components/paths';

export function IndicatorCreateRoute() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const programCode = params.get('program') ?? '';
  const programs = usePrograms({});
  const create = useCreateRecord(useCreateIndicator(), (indicator) => indicatorPath(indicator.code));
  const [initialValues] = useState(() => indicatorFormValues(undefined, programCode, i18n.resolvedLanguage));

  return (
    <FormPage backTo="/catalogue" backLabel={t('catalogue.backToCatalogue')} title={t('catalogue.indicator.newTitle')}>
      {programs.isError && <ErrorBanner error={programs.error} onRetry={() => void programs.refetch()} />}
      {programs.isPending ? (
        <Loading />
      ) : (
        <IndicatorForm
          initialValues={initialValues}
          creating
          programs={programs.data?.items ?? []}
          {...create}
          cancelTo={programCode ? programPath(programCode) : '/catalogue'}
        />
      )}
    </FormPage>
  );
}

export function IndicatorEditRoute() {
  // A form per record: nothing of one record's form carries over to another's.
  const { code = '' } = useParams();
  return <IndicatorEdit key={code} code={code} />;
}

function IndicatorEdit({ code }: { code: string }) {
  const { i18n } = useTranslation();
  const indicator = useIndicator(code);
  const replace = useReplaceIndicator(code);
  const programs = usePrograms({});
  return (
    <CatalogueEditPage kind="indicator" code={code} query={indicator} replace={replace} loading={programs.isPending}>
      {(record, form) => (
        <IndicatorForm
          initialValues={indicatorFormValues(record, '', i18n.resolvedLanguage)}
          creating={false}
          programs={programs.data?.items ?? []}
          {...form}
        />
      )}
    </CatalogueEditPage>
  );
}
