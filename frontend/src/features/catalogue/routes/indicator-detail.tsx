import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useIndicator } from '../api/get-indicator';
import { useProgram } from '../api/get-program';
import type { Indicator } from '../api/types';
import { useDeleteIndicator, useRetireIndicator } from '../api/write-indicator';
import { formatEnum, formatNumber, formatText } from '../components/format';
import { programPath } from '../components/paths';
import { CatalogueRecordPage } from '../components/record-page';

export function IndicatorDetailRoute() {
  const { code = '' } = useParams();
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'id';
  const indicator = useIndicator(code);
  const program = useProgram(indicator.data?.record.programCode);
  const retire = useRetireIndicator(code);
  const remove = useDeleteIndicator(code);

  const details = (record: Indicator) => [
    {
      label: t('catalogue.fields.programCode'),
      value: (
        <Link to={programPath(record.programCode)}>
          {record.programCode}
          {program.data ? ` · ${program.data.record.name}` : ''}
        </Link>
      ),
    },
    { label: t('catalogue.fields.name'), value: record.name },
    { label: t('catalogue.fields.unit'), value: record.unit },
    { label: t('catalogue.fields.measure'), value: formatEnum('measure', record.measure, t) },
    { label: t('catalogue.fields.polarity'), value: formatEnum('polarity', record.polarity, t) },
    { label: t('catalogue.fields.periodType'), value: formatEnum('periodType', record.periodType, t) },
    { label: t('catalogue.fields.timeAggregation'), value: formatEnum('timeAggregation', record.timeAggregation, t) },
    { label: t('catalogue.fields.regionAggregation'), value: formatEnum('regionAggregation', record.regionAggregation, t) },
    { label: t('catalogue.fields.baselineYear'), value: formatText(record.baselineYear, t) },
    { label: t('catalogue.fields.baselineValue'), value: formatNumber(record.baselineValue, language, t) },
    { label: t('catalogue.fields.rangeLow'), value: formatNumber(record.rangeLow, language, t) },
    { label: t('catalogue.fields.rangeHigh'), value: formatNumber(record.rangeHigh, language, t) },
    { label: t('catalogue.fields.dataSource'), value: formatText(record.dataSource, t) },
    { label: t('catalogue.fields.ministryCode'), value: formatText(record.ministryCode, t) },
  ];

  return <CatalogueRecordPage kind="indicator" query={indicator} retire={retire} remove={remove} details={details} />;
}
