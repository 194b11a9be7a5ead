import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorBanner } from '@/components/error-banner';
import { Loading } from '@/components/loading';
import { NoticeBanner } from '@/components/notice-banner';
import { useProgram } from '../api/get-program';
import type { Program, Versioned } from '../api/types';
import { useCreateProgram, useReplaceProgram } from '../api/write-program';
import { AdminOnly } from '../components/admin-only';
import { ProgramForm, programFormValues } from '../components/program-form';
import type { SavedNotice } from '@/lib/saved-notice';

const detailPath = (code: string) => `/catalogue/programs/${encodeURIComponent(code)}`;

export function ProgramCreateRoute() {
  return (
    <AdminOnly>
      <ProgramCreate />
    </AdminOnly>
  );
}

function ProgramCreate() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateProgram();
  const [initialValues] = useState(() => programFormValues());

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to="/catalogue">{t('catalogue.backToCatalogue')}</Link>
      </p>
      <h1>{t('catalogue.program.newTitle')}</h1>
      <ProgramForm
        initialValues={initialValues}
        creating
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
        cancelTo="/catalogue"
      />
    </section>
  );
}

export function ProgramEditRoute() {
  // A form per record: nothing of one record's form carries over to another's.
  const { code = '' } = useParams();
  return (
    <AdminOnly>
      <ProgramEdit key={code} />
    </AdminOnly>
  );
}

function ProgramEdit() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const program = useProgram(code);
  const replace = useReplaceProgram(code);
  // The version the form was filled from: its ETag goes with the save (see IndicatorEdit).
  const [base, setBase] = useState<Versioned<Program>>();
  const [formKey, setFormKey] = useState(0);
  if (!base && program.data) setBase(program.data);

  const reload = async () => {
    const fresh = await program.refetch();
    if (fresh.data) {
      replace.reset();
      setBase(fresh.data);
      setFormKey((key) => key + 1);
    }
  };

  if (program.isError) return <ErrorBanner error={program.error} onRetry={() => void program.refetch()} />;
  if (!base) return <Loading />;

  return (
    <section className="page">
      <p className="breadcrumb">
        <Link to={detailPath(code)}>
          {code} · {base.record.name}
        </Link>
      </p>
      <h1>{t('catalogue.program.editTitle', { code })}</h1>
      {formKey > 0 && !replace.error && <NoticeBanner>{t('catalogue.messages.reloaded')}</NoticeBanner>}
      <ProgramForm
        key={formKey}
        initialValues={programFormValues(base.record)}
        creating={false}
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
        reloading={program.isFetching}
        cancelTo={detailPath(code)}
      />
    </section>
  );
}
