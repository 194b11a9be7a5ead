import { useTranslation } from 'react-i18next';
import { EditRecordPage, type EditRecordPageProps } from '@/components/form/edit-record-page';
import { type CatalogueKind, recordPath } from './paths';

interface CatalogueEditPageProps<T, I> extends Pick<EditRecordPageProps<T, I>, 'query' | 'replace' | 'loading' | 'children'> {
  kind: CatalogueKind;
  code: string;
}

/** The page that edits a program or an indicator, which offers the latest version after a 412. */
export function CatalogueEditPage<T extends { name: string }, I>({ kind, code, ...page }: CatalogueEditPageProps<T, I>) {
  const { t } = useTranslation();
  return (
    <EditRecordPage
      {...page}
      detailPath={recordPath(kind, code)}
      backLabel={(record) => `${code} · ${record.name}`}
      title={t(`catalogue.${kind}.editTitle`, { code })}
      reloadedNotice={t('catalogue.messages.reloaded')}
    />
  );
}
