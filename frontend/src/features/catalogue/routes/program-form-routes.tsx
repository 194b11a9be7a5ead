import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { FormPage } from '@/components/form/form-page';
import { useCreateRecord } from '@/components/form/use-create-record';
import { useProgram } from '../api/get-program';
import { useCreateProgram, useReplaceProgram } from '../api/write-program';
import { CatalogueEditPage } from '../components/catalogue-edit-page';
import { programPath } from '../components/paths';
import { ProgramForm, programFormValues } from '../components/program-form';

export function ProgramCreateRoute() {
  const { t } = useTranslation();
  const create = useCreateRecord(useCreateProgram(), (program) => programPath(program.code));
  const [initialValues] = useState(() => programFormValues());

  return (
    <FormPage backTo="/catalogue" backLabel={t('catalogue.backToCatalogue')} title={t('catalogue.program.newTitle')}>
      <ProgramForm initialValues={initialValues} creating {...create} cancelTo="/catalogue" />
    </FormPage>
  );
}

export function ProgramEditRoute() {
  // A form per record: nothing of one record's form carries over to another's.
  const { code = '' } = useParams();
  return <ProgramEdit key={code} code={code} />;
}

function ProgramEdit({ code }: { code: string }) {
  const program = useProgram(code);
  const replace = useReplaceProgram(code);
  return (
    <CatalogueEditPage kind="program" code={code} query={program} replace={replace}>
      {(record, form) => <ProgramForm initialValues={programFormValues(record)} creating={false} {...form} />}
    </CatalogueEditPage>
  );
}
