import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { SxProps, Theme } from '@mui/material/styles';
import type { CourseAdherence } from '../../../shared/contract';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { courseShortText, courseStatusText } from '../Adherence';
import { useDiaryFormat } from '../Diary/format';
import type { TimeAxis } from './AngleChart';

const DAY = 24 * 60 * 60 * 1000;
type Look = 'share' | 'estimate' | 'not_returned' | 'not_entered' | 'running' | 'ahead';

function time(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

const hatch = 'repeating-linear-gradient(135deg, var(--mui-palette-text-secondary) 0 2px, transparent 2px 7px)';

/** Darker means more of the planned ticks reported done: readable in greyscale, and the figure is printed too. */
function shareFill(share: number): string {
  const mix = Math.round(12 + 88 * Math.max(0, Math.min(1, share)));
  return `color-mix(in srgb, var(--mui-palette-primary-dark) ${mix}%, var(--mui-palette-background-paper))`;
}

function lookOf(c: CourseAdherence): Look {
  if (c.status === 'returned') return c.adherence?.overall === null ? 'not_entered' : 'share';
  return c.status;
}

function bandSx(look: Look, share: number | null): SxProps<Theme> {
  switch (look) {
    case 'share':
      return { bgcolor: shareFill(share ?? 0), border: 1, borderColor: 'primary.dark' };
    case 'estimate':
      return { bgcolor: shareFill(share ?? 0), border: 2, borderStyle: 'dashed', borderColor: 'primary.dark' };
    case 'not_returned':
      return { backgroundImage: hatch, border: 1, borderColor: 'text.secondary' };
    case 'not_entered':
      return { border: 2, borderStyle: 'dotted', borderColor: 'text.secondary' };
    case 'running':
      return { bgcolor: 'action.hover', border: 2, borderColor: 'primary.main' };
    case 'ahead':
      return { border: 1, borderColor: 'divider' };
  }
}

const LEGEND: Look[] = ['share', 'estimate', 'not_returned', 'not_entered', 'running', 'ahead'];

/**
 * The current plan's courses under the heel-angle chart, on its time axis: one band per course,
 * shaded by the share of planned ticks the family reported done, with the figure printed below it.
 * A page not returned is hatched and has no figure. Each band opens the course's entry screen.
 */
export function CourseStrip({ courses, axis }: { courses: readonly CourseAdherence[]; axis: TimeAxis }) {
  const i18n = useI18n();
  const { t } = i18n;
  const fmt = useDiaryFormat();
  const { navigate } = useRouter();
  const span = axis.max - axis.min;
  const at = (ms: number) => ((ms - axis.min) / span) * 100;
  const looks = new Set(courses.map(lookOf));

  return (
    <Box sx={{ mt: 1.5 }}>
      <Box
        component="ul"
        aria-label={t('adherence.strip.label')}
        sx={{
          listStyle: 'none',
          p: 0,
          m: 0,
          ml: `${axis.left}px`,
          mr: `${axis.right}px`,
          position: 'relative',
          height: 66,
        }}
      >
        {courses.map((c) => {
          const start = time(c.startDate);
          const end = time(c.endDate) + DAY;
          const centre = at((start + end) / 2);
          const width = at(end) - at(start);
          const look = lookOf(c);
          const share = c.adherence?.overall ?? null;
          const dates = fmt.range(c.startDate, c.endDate);
          const status = courseStatusText(i18n, c);
          const to = paths.courseReturn(c.patientId, c.planStart, c.course);
          const short = courseShortText(i18n, c) || (look === 'not_returned' ? '—' : '');
          return (
            <Box
              component="li"
              key={c.course}
              data-status={c.status}
              sx={{
                position: 'absolute',
                top: 0,
                bottom: 0,
                left: `calc(${centre}% - max(${width}%, 30px) / 2)`,
                width: `max(${width}%, 30px)`,
                display: 'flex',
                flexDirection: 'column',
                alignItems: 'center',
              }}
            >
              <Tooltip title={`${t('adherence.strip.course', { course: c.course, dates })} · ${status}`}>
                <Link
                  href={to}
                  onClick={(event) => {
                    event.preventDefault();
                    navigate(to);
                  }}
                  aria-label={t('adherence.strip.band', { course: c.course, dates, status })}
                  underline="none"
                  sx={{
                    width: '100%',
                    display: 'flex',
                    flexDirection: 'column',
                    alignItems: 'center',
                    color: 'text.primary',
                    borderRadius: 1,
                    '&:focus-visible': { outline: '3px solid', outlineColor: 'primary.main', outlineOffset: 2 },
                  }}
                >
                  <Box
                    component="span"
                    aria-hidden
                    sx={{ fontSize: '0.75rem', color: 'text.secondary', lineHeight: 1.4 }}
                  >
                    {c.course}
                  </Box>
                  <Box
                    component="span"
                    aria-hidden
                    sx={{ width: '100%', height: 22, borderRadius: 0.75, ...bandSx(look, share) }}
                  />
                  <Box
                    component="span"
                    aria-hidden
                    sx={{
                      fontSize: '0.8125rem',
                      fontWeight: 600,
                      whiteSpace: 'nowrap',
                      lineHeight: 1.6,
                      minHeight: 20,
                    }}
                  >
                    {short}
                  </Box>
                </Link>
              </Tooltip>
            </Box>
          );
        })}
      </Box>
      <Box
        sx={{
          display: 'flex',
          flexWrap: 'wrap',
          alignItems: 'center',
          columnGap: 2.5,
          rowGap: 0.5,
          mt: 0.5,
          ml: `${axis.left}px`,
        }}
      >
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {t('adherence.reportedByFamily')}
        </Typography>
        {LEGEND.filter((l) => looks.has(l)).map((look) => (
          <Box key={look} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
            <Box
              aria-hidden
              sx={{
                width: look === 'share' ? 44 : 22,
                height: 12,
                borderRadius: 0.5,
                ...(bandSx(look, 0.5) as object),
                // The shading itself, from few to all of the planned ticks.
                ...(look === 'share'
                  ? { background: `linear-gradient(to right, ${shareFill(0)}, ${shareFill(1)})` }
                  : {}),
              }}
            />
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {t(`adherence.legend.${look}`)}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
