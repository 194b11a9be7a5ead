import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentUserQueryKey, getCurrentUser } from '@/features/auth';
import { useRegions } from '@/features/regions';
import { RegionEvaluationPanel } from './region-evaluation-panel';

/** A region chosen from the list, then its open findings and overdue recommendations. */
export function RegionEvaluationPicker() {
  const { t } = useTranslation();
  // The shell has asked who is signed in already: only read its answer here.
  const { data: user } = useQuery({ queryKey: currentUserQueryKey, queryFn: getCurrentUser, enabled: false });
  const regions = useRegions();
  const [picked, setPicked] = useState<string | null>(null);
  // An operator starts with their own region; anyone may pick another.
  const chosen = picked ?? user?.regionCode ?? '';

  return (
    <section className="region-evaluation-picker">
      <label className="field field-inline">
        <span>{t('evaluation.panel.showFor')}</span>
        <select value={chosen} onChange={(event) => setPicked(event.target.value)}>
          <option value="">{t('evaluation.panel.choose')}</option>
          {(regions.data?.items ?? []).map((region) => (
            <option key={region.code} value={region.code}>
              {region.code} · {region.name}
            </option>
          ))}
        </select>
      </label>
      {chosen && <RegionEvaluationPanel regionCode={chosen} />}
    </section>
  );
}
