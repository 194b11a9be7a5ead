import { useEffect, useRef } from 'react';
import type { EChartsCoreOption } from './echarts-setup';

interface EChartProps {
  option: EChartsCoreOption;
  /** What the chart shows, for screen readers (the figures are also in a table nearby). */
  label: string;
  height?: number;
}

/** An Apache ECharts chart, loaded on first use so that pages without charts stay light. */
export function EChart({ option, label, height = 320 }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let disposed = false;
    let dispose = () => {};
    void import('./echarts-setup').then(({ echarts }) => {
      const element = container.current;
      if (disposed || !element) return;
      const chart = echarts.init(element, undefined, { renderer: 'svg' });
      chart.setOption(option);
      const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => chart.resize());
      observer?.observe(element);
      dispose = () => {
        observer?.disconnect();
        chart.dispose();
      };
    });
    return () => {
      disposed = true;
      dispose();
    };
  }, [option]);

  return <div ref={container} className="chart" role="img" aria-label={label} style={{ height }} />;
}
