import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import DoneIcon from '@mui/icons-material/CheckCircle';
import TodoIcon from '@mui/icons-material/RadioButtonUnchecked';
import { useApiQuery } from '../data';
import { useT } from '../i18n';
import { paths, useRouter } from '../router';
import { useSettings } from '../settings-context';
import { visuallyHidden } from './visually-hidden';

type Step = 'clinic' | 'clinician' | 'hours';

/**
 * The first steps of a new practice — the clinic's name, a clinician, working hours — each a link
 * to where it is done and ticked once done, read from what main holds. Gone once all three are.
 */
export function FirstRunChecklist() {
  const t = useT();
  const { navigate } = useRouter();
  const { settings } = useSettings();
  const clinicians = useApiQuery('clinicians:list', {});
  const setup = useApiQuery('diary:setup:get', {});
  if (!clinicians.data || !setup.data) return null;

  const active = new Set(clinicians.data.filter((c) => c.active).map((c) => c.id));
  const steps: { step: Step; done: boolean; href: string }[] = [
    { step: 'clinic', done: settings.clinicName.trim() !== '', href: paths.settingsSection('clinic') },
    { step: 'clinician', done: active.size > 0, href: paths.clinicians() },
    {
      step: 'hours',
      done: setup.data.hours.some((h) => active.has(h.clinicianId) && h.intervals.length > 0),
      href: paths.diarySettings(),
    },
  ];
  const done = steps.filter((s) => s.done).length;
  if (done === steps.length) return null;

  return (
    <Card
      component="section"
      aria-labelledby="checklist-title"
      sx={{ p: 3, borderLeft: 4, borderColor: 'primary.main' }}
    >
      <Box sx={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h2" id="checklist-title">
          {t('checklist.title')}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('checklist.progress', { done, count: steps.length })}
        </Typography>
      </Box>
      <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5, mb: 1.5 }}>
        {t('checklist.hint')}
      </Typography>
      <Box component="ol" aria-label={t('checklist.listLabel')} sx={{ m: 0, p: 0, listStyle: 'none' }}>
        {steps.map((s) => (
          <Box
            component="li"
            key={s.step}
            aria-label={t(`checklist.${s.step}`)}
            data-done={s.done}
            sx={{ display: 'flex', alignItems: 'center', gap: 1.25, py: 0.5 }}
          >
            {s.done ? (
              <DoneIcon color="success" fontSize="small" aria-hidden />
            ) : (
              <TodoIcon color="action" fontSize="small" aria-hidden />
            )}
            {s.done ? (
              <Typography sx={{ color: 'text.secondary', textDecoration: 'line-through' }}>
                {t(`checklist.${s.step}`)}
              </Typography>
            ) : (
              <Link
                href={s.href}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(s.href);
                }}
              >
                {t(`checklist.${s.step}`)}
              </Link>
            )}
            <Box component="span" sx={visuallyHidden}>
              {' '}
              ({t(s.done ? 'checklist.done' : 'checklist.todo')})
            </Box>
          </Box>
        ))}
      </Box>
    </Card>
  );
}
