import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/error-message';
import { useSaveProposal } from '../api/target-rounds';
import { PROVINCE_CODE, type TargetProposal } from '../api/types';
import { formatNumberInput, numberExample, parseNumberOrNaN } from '@/lib/numbers';

interface ProvinceProposalFormProps {
  year: number;
  indicatorCode: string;
  indicatorName: string;
  proposal: TargetProposal | undefined;
}

/** The province's own value for an indicator (region 61), entered by ADMIN or VERIFIER. */
export function ProvinceProposalForm({ year, indicatorCode, indicatorName, proposal }: ProvinceProposalFormProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const [value, setValue] = useState(formatNumberInput(proposal?.value, language));
  const [error, setError] = useState<string | null>(null);
  const save = useSaveProposal();

  function submit(event: FormEvent) {
    event.preventDefault();
    const number = parseNumberOrNaN(value, language);
    if (number === null || Number.isNaN(number)) {
      setError(t('form.invalidNumber', { example: numberExample(language) }));
      return;
    }
    setError(null);
    save.mutate(
      {
        key: { year, indicatorCode, regionCode: PROVINCE_CODE },
        input: { value: number, justification: proposal?.justification ?? null },
      },
      { onError: (failure) => setError(errorMessage(failure, t)) },
    );
  }

  return (
    <form className="province-proposal" onSubmit={submit} noValidate>
      <input
        className="grid-input grid-value"
        type="text"
        inputMode="decimal"
        aria-label={t('targetRounds.review.provinceValueLabel', { indicator: indicatorName })}
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit" className="button button-secondary button-small" disabled={save.isPending}>
        {t('targetRounds.review.proposeProvince')}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
