import { useTranslation } from 'react-i18next';
import { ChoiceField } from '@/components/form/choice-field';
import type { FieldFrameProps } from '@/components/form/text-field';
import type { TextBinding } from '@/components/form/use-record-form';
import type { Region } from '@/features/regions';
import { PROVINCE_CODE } from '../api/types';

interface ResponsibleRegionFieldProps extends TextBinding, Omit<FieldFrameProps, 'required'> {
  regions: readonly Region[];
}

/** The regency or city that acts, once the work is a regency's. */
export function ResponsibleRegionField({ regions, ...field }: ResponsibleRegionFieldProps) {
  const { t } = useTranslation();
  const regencies = regions.filter((region) => region.code !== PROVINCE_CODE);
  return (
    <ChoiceField
      {...field}
      required
      emptyLabel={t('catalogue.choose')}
      choices={regencies.map((region) => ({ value: region.code, label: `${region.code} · ${region.name}` }))}
    />
  );
}
