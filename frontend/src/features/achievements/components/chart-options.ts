import { escapeHtml } from '@/lib/html';
import type { Rating } from '../api/get-achievements';
import type { EChartsCoreOption } from './echarts-setup';
import { MISSING_COLOR, RATING_COLORS } from './ratings';

export interface Bar {
  /** Axis label: an indicator code or a region name. */
  label: string;
  /** Shown in the tooltip: the full name. */
  title: string;
  /** Shown in the tooltip beside the name. */
  code?: string;
  achievement: number | null | undefined;
  rating: Rating | null | undefined;
}

const percent = (value: number, language: string) =>
  `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value)}%`;

/** Bars of achievement in per cent, each in its rating's colour; a missing value has no bar. */
export function achievementBars(
  bars: Bar[],
  options: { language: string; horizontal?: boolean; reference?: { value: number; label: string } | null },
): EChartsCoreOption {
  const { language, horizontal = false, reference } = options;
  const categoryAxis = {
    type: 'category',
    data: bars.map((bar) => bar.label),
    inverse: horizontal,
    axisLabel: horizontal ? { fontSize: 11 } : { interval: 0, rotate: 35, fontSize: 11 },
  };
  const valueAxis = { type: 'value', axisLabel: { formatter: (value: number) => percent(value, language) } };
  return {
    animation: false,
    grid: horizontal
      ? { left: 8, right: 48, top: 16, bottom: 24, containLabel: true }
      : { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (params: { dataIndex: number }) => {
        const bar = bars[params.dataIndex];
        // The tooltip takes HTML: names come from users, so they go in as text.
        const name = escapeHtml(bar.code ? `${bar.title} (${bar.code})` : bar.title);
        return bar.achievement === null || bar.achievement === undefined
          ? `${name}: —`
          : `${name}: ${percent(bar.achievement, language)}`;
      },
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series: [
      {
        type: 'bar',
        data: bars.map((bar) => ({
          value: bar.achievement ?? null,
          itemStyle: { color: bar.rating ? RATING_COLORS[bar.rating] : MISSING_COLOR },
        })),
        label: {
          show: true,
          position: horizontal ? 'right' : 'top',
          fontSize: 10,
          formatter: (params: { value: number | null }) =>
            params.value === null || params.value === undefined ? '' : percent(params.value, language),
        },
        markLine: reference
          ? {
              symbol: 'none',
              lineStyle: { type: 'dashed', color: '#1d2430' },
              label: { formatter: reference.label, position: 'insideEndTop' },
              data: [horizontal ? { xAxis: reference.value } : { yAxis: reference.value }],
            }
          : undefined,
      },
    ],
  };
}

export interface TrendSeries {
  name: string;
  values: (number | null | undefined)[];
}

/** One line per indicator across the years; a missing year breaks the line. */
export function achievementTrend(years: number[], series: TrendSeries[], language: string): EChartsCoreOption {
  return {
    animation: false,
    // Every line named in the legend at once (no pages), however many rows it takes.
    grid: { left: 8, right: 16, top: 16, bottom: 40 + 22 * Math.ceil(series.length / 2), containLabel: true },
    legend: { type: 'plain', bottom: 0, left: 0, right: 0 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value: number | null) => (value === null || value === undefined ? '—' : percent(value, language)),
    },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', axisLabel: { formatter: (value: number) => percent(value, language) } },
    series: series.map((line) => ({
      type: 'line',
      name: line.name,
      data: line.values.map((value) => value ?? null),
      connectNulls: false,
      symbolSize: 6,
    })),
  };
}
