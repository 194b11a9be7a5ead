import { useTranslation } from 'react-i18next';
import { CheckboxField } from '@/components/form/checkbox-field';
import { ChoiceField } from '@/components/form/choice-field';
import { TextField } from '@/components/form/text-field';
import type { CheckboxBinding, TextBinding } from '@/components/form/use-record-form';
import { type EnumName, formatEnum } from './format';

/** The record's code: typed once when the record is made, read-only after. */
export function CodeField({ creating, ...binding }: TextBinding<'code'> & { creating: boolean }) {
  const { t } = useTranslation();
  return (
    <TextField
      {...binding}
      label={t('catalogue.fields.code')}
      hint={creating ? t('catalogue.hints.code') : undefined}
      required
      readOnly={!creating}
      autoComplete="off"
    />
  );
}

/** A required choice of one value of an API enum; the field's name is also the enum's under catalogue.enums. */
export function EnumField({ options, ...binding }: TextBinding<EnumName> & { options: readonly string[] }) {
  const { t } = useTranslation();
  return (
    <ChoiceField
      {...binding}
      label={t(`catalogue.fields.${binding.name}`)}
      required
      emptyLabel={t('catalogue.choose')}
      choices={options.map((option) => ({ value: option, label: formatEnum(binding.name, option, t) }))}
    />
  );
}

/** Whether the record is still in use; a new record always is, so only an edit offers it. */
export function ActiveField({ creating, ...binding }: CheckboxBinding<'active'> & { creating: boolean }) {
  const { t } = useTranslation();
  if (creating) return null;
  return <CheckboxField {...binding} label={t('catalogue.fields.active')} text={t('catalogue.fields.activeCheckbox')} />;
}
