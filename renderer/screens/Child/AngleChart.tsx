import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useDrawingArea, useXScale } from '@mui/x-charts/hooks';
import { LineChart, type LineSeries } from '@mui/x-charts/LineChart';
import { FOOT_SIDES, type Assessment, type FootSide } from '../../../shared/contract';
import { useWidth } from '../../hooks/useWidth';
import { useI18n } from '../../i18n';
import { lowerFirst, methodName } from './assessment-text';
import { visuallyHidden } from '../../components/visually-hidden';

/** One colour and one mark shape per foot: the feet stay apart without relying on colour. */
export const FOOT_STYLE: Record<FootSide, { color: string; shape: 'circle' | 'square' }> = {
  left: { color: '#2f6fb2', shape: 'circle' },
  right: { color: '#c0621a', shape: 'square' },
};

const DAY = 24 * 60 * 60 * 1000;

/** A calendar date as a local Date at midnight, for the time axis. */
function dayOf(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

function isoOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The chart's time axis as the strip below it needs it: the drawing area's insets and its date range (ms). */
export interface TimeAxis {
  left: number;
  right: number;
  min: number;
  max: number;
}

/** The axis over `dates` (YYYY-MM-DD) with a little room at both ends, as the chart draws it. */
export function timeAxisOf(dates: readonly string[], left = 0, right = 0): TimeAxis | null {
  if (dates.length === 0) return null;
  const times = dates.map((d) => dayOf(d).getTime());
  const first = Math.min(...times);
  const last = Math.max(...times);
  const pad = Math.max(last - first, 30 * DAY) * 0.05;
  return { left, right, min: first - pad, max: last + pad };
}

/** Reads the drawn axis from inside the chart, for what is laid out under it. */
function AxisProbe({ onAxis }: { onAxis(axis: TimeAxis): void }) {
  const area = useDrawingArea();
  const scale = useXScale<'time'>();
  const [from, to] = scale.domain();
  const min = Number(from);
  const max = Number(to);
  useEffect(() => onAxis({ left: area.left, right: area.right, min, max }), [area.left, area.right, min, max, onAxis]);
  return null;
}

/** The visits (oldest first) where at least one heel angle was measured. */
export function measuredVisits(assessments: readonly Assessment[]): Assessment[] {
  return [...assessments]
    .filter((a) => a.left.heelAngle !== null || a.right.heelAngle !== null)
    .sort((a, b) => a.assessedOn.localeCompare(b.assessedOn) || a.id - b.id);
}

interface AngleChartProps {
  assessments: readonly Assessment[];
  /** Dates the time axis must also reach (the plan's courses), so what is drawn below lines up. */
  span?: readonly string[];
  /** Drawn under the chart on the same time axis (the courses strip). */
  below?: (axis: TimeAxis) => ReactNode;
}

/** The heel-valgus angle of each foot across the visits: one line per foot, a mark per measurement. */
export function AngleChart({ assessments, span = [], below }: AngleChartProps) {
  const i18n = useI18n();
  const { t, date, number, locale } = i18n;
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 720);
  const visits = measuredVisits(assessments);
  const [axis, setAxis] = useState<TimeAxis | null>(null);
  const onAxis = useCallback(
    (next: TimeAxis) =>
      setAxis((a) =>
        a && a.left === next.left && a.right === next.right && a.min === next.min && a.max === next.max ? a : next,
      ),
    [],
  );

  if (visits.length === 0) {
    const own = below && timeAxisOf(span);
    return (
      <>
        <Box sx={{ py: 4, px: 2, textAlign: 'center', bgcolor: 'action.hover', borderRadius: 1 }}>
          <Typography sx={{ fontWeight: 600, mb: 0.5 }}>{t('chart.empty.title')}</Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary', maxWidth: 520, mx: 'auto' }}>
            {t('chart.empty.body')}
          </Typography>
        </Box>
        {own && below(own)}
      </>
    );
  }

  const pointLabel = (visit: Assessment, side: FootSide): string | null => {
    const foot = visit[side];
    if (foot.heelAngle === null) return null;
    const angle = number(foot.heelAngle);
    return foot.method && foot.degree > 0
      ? t('chart.point', { angle, method: lowerFirst(methodName(i18n, foot.method), locale) })
      : t('chart.pointNoMethod', { angle });
  };

  const days = visits.map((v) => dayOf(v.assessedOn));
  // A little room before the first and after the last date, so the marks clear the axes; the
  // axis also spans the plan's courses, drawn under the chart on the same dates.
  const range = timeAxisOf([...visits.map((v) => v.assessedOn), ...span])!;
  const series: LineSeries[] = FOOT_SIDES.map((side) => ({
    id: side,
    label: t(`foot.${side}`),
    data: visits.map((v) => v[side].heelAngle),
    color: FOOT_STYLE[side].color,
    shape: FOOT_STYLE[side].shape,
    showMark: true,
    // Straight segments between visits: no invented values in between.
    curve: 'linear',
    // A visit where only the other foot was measured leaves a gap the line steps over.
    connectNulls: true,
    valueFormatter: (_value, { dataIndex }) => pointLabel(visits[dataIndex]!, side),
  }));

  return (
    <Box component="figure" sx={{ m: 0 }} aria-label={t('chart.figureLabel')}>
      <Box ref={box} data-testid="angle-chart">
        <LineChart
          width={width}
          height={280}
          skipAnimation
          series={series}
          xAxis={[
            {
              scaleType: 'time',
              data: days,
              min: new Date(range.min),
              max: new Date(range.max),
              tickInterval: days,
              // Room for the date labels below the ticks (the default height clips them away).
              height: 36,
              valueFormatter: (value: Date) => date(isoOf(value)),
            },
          ]}
          yAxis={[{ min: 0, label: t('chart.axis'), valueFormatter: (v: number) => number(v) }]}
          grid={{ horizontal: true }}
          margin={{ right: 24, left: 8, bottom: 0 }}
        >
          {below && <AxisProbe onAxis={onAxis} />}
        </LineChart>
        {below && axis && below(axis)}
      </Box>
      {/* The same points as a table, for screen readers. */}
      <Box component="table" sx={visuallyHidden}>
        <caption>{t('chart.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('chart.date')}</th>
            {FOOT_SIDES.map((side) => (
              <th scope="col" key={side}>
                {t(`foot.${side}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {visits.map((v) => (
            <tr key={v.id}>
              <th scope="row">{date(v.assessedOn)}</th>
              {FOOT_SIDES.map((side) => (
                <td key={side}>{pointLabel(v, side) ?? '—'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </Box>
    </Box>
  );
}
