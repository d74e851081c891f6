import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import Chip from '@mui/material/Chip';
import FormControlLabel from '@mui/material/FormControlLabel';
import Link from '@mui/material/Link';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import DoneIcon from '@mui/icons-material/CheckCircleOutlined';
import EventIcon from '@mui/icons-material/EventAvailableOutlined';
import MoreIcon from '@mui/icons-material/MoreTime';
import { localToday, type Checkup, type ProposedVisit, type Slot } from '../../../shared/contract';
import { daysBetween } from '../../../shared/calendar';
import { useI18n } from '../../i18n';
import { paths, useRouter } from '../../router';
import { reasonText, useDiaryFormat } from '../Diary/format';
import { nearby, SKIP, slotChoice, type Choice } from './plan-visits';

/**
 * One check-up of the plan: its purpose and due date, then what stands: the visit booked for it,
 * "done", or (due) the nearest free times and Skip.
 */
export function CheckupCard(props: {
  checkup: Checkup;
  n: number;
  count: number;
  /** The free times for a due check-up (absent for booked and done ones). */
  proposal: ProposedVisit | undefined;
  extra: Slot[];
  choice: Choice;
  linked: ReadonlySet<number>;
  onChoose(value: Choice): void;
  onMore(): void;
}) {
  const { checkup: c, proposal: p } = props;
  const { t } = useI18n();
  const fmt = useDiaryFormat();
  const { navigate } = useRouter();
  const today = localToday();
  const purpose = reasonText(t, c.purpose, c.course);
  const dueText = t('bookFollowUps.dueOn', { date: fmt.dayLong(c.dueOn) });
  const overdue = c.state === 'due' && c.dueOn < today;
  const settled = c.state !== 'due';

  let right;
  if (c.state === 'booked' && c.visit) {
    const v = c.visit;
    right = (
      <Box>
        <Chip size="small" color="primary" icon={<EventIcon />} label={t('bookFollowUps.state.booked')} />
        <Typography sx={{ mt: 1 }}>
          <Link
            href={paths.diary({ date: v.date })}
            onClick={(event) => {
              event.preventDefault();
              navigate(paths.diary({ date: v.date }));
            }}
            sx={{ fontWeight: 600 }}
          >
            {t('bookFollowUps.bookedFor', { when: fmt.when(v.date, v.start) })}
          </Link>
        </Typography>
        {v.date < today && (
          <Typography variant="body2" sx={{ color: '#8a3b12', mt: 0.5 }}>
            {t('bookFollowUps.notClosedOut')}{' '}
            <Link
              href={paths.recall()}
              onClick={(event) => {
                event.preventDefault();
                navigate(paths.recall());
              }}
            >
              {t('bookFollowUps.closeOutLink')}
            </Link>
          </Typography>
        )}
      </Box>
    );
  } else if (c.state === 'done') {
    right = (
      <Box>
        <Chip
          size="small"
          color="success"
          variant="outlined"
          icon={<DoneIcon />}
          label={t('bookFollowUps.state.done')}
        />
        <Typography sx={{ mt: 1, color: 'text.secondary' }}>
          {c.visit?.status === 'attended'
            ? t('bookFollowUps.seenOn', { when: fmt.when(c.visit.date, c.visit.start) })
            : t('bookFollowUps.settled')}
        </Typography>
      </Box>
    );
  } else if (p) {
    const options = [...p.earlier.slice().reverse(), ...p.slots, ...props.extra];
    right = (
      <Box>
        <RadioGroup
          aria-label={t('bookFollowUps.timeFor', { visit: purpose })}
          value={props.choice}
          onChange={(e) => props.onChoose(e.target.value)}
          sx={{ flexDirection: 'row', flexWrap: 'wrap', gap: 1 }}
        >
          {options.map((s) => {
            const value = slotChoice(s);
            const offset = daysBetween(c.dueOn, s.date);
            const hint =
              offset === 0
                ? t('bookFollowUps.onDueDay')
                : offset < 0
                  ? t('bookFollowUps.daysEarly', { count: -offset })
                  : t('bookFollowUps.daysLate', { count: offset });
            return (
              <FormControlLabel
                key={value}
                value={value}
                control={<Radio size="small" />}
                label={<OptionLabel title={fmt.when(s.date, s.start)} hint={hint} />}
                sx={optionSx(props.choice === value)}
              />
            );
          })}
          <FormControlLabel
            value={SKIP}
            control={<Radio size="small" />}
            label={<OptionLabel title={t('bookFollowUps.skip')} hint={t('bookFollowUps.skipHint')} />}
            sx={optionSx(props.choice === SKIP)}
          />
        </RadioGroup>
        {options.length === 0 && (
          <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>
            {t('bookFollowUps.noSlots')}
          </Typography>
        )}
        <Button size="small" startIcon={<MoreIcon />} onClick={props.onMore} sx={{ mt: 1 }}>
          {t('bookFollowUps.moreTimes')}
        </Button>
      </Box>
    );
  }

  return (
    <Card
      component="li"
      aria-label={`${purpose}, ${dueText}`}
      sx={{ p: 2.5, bgcolor: settled ? 'action.hover' : undefined, boxShadow: settled ? 0 : undefined }}
      variant={settled ? 'outlined' : undefined}
    >
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={3}>
        <Box sx={{ width: { md: 280 }, flexShrink: 0 }}>
          <Typography variant="overline" sx={{ color: 'text.secondary' }}>
            {t('bookFollowUps.checkupN', { n: props.n, count: props.count })}
          </Typography>
          <Typography sx={{ fontWeight: 700, fontSize: '1.1rem' }}>{purpose}</Typography>
          <Typography sx={{ color: settled ? 'text.secondary' : 'text.primary' }}>{dueText}</Typography>
          {overdue && <Chip size="small" color="error" label={t('bookFollowUps.overdue')} sx={{ mt: 1 }} />}
          {c.state === 'due' && c.visit?.status === 'no_show' && (
            <Typography variant="body2" sx={{ color: '#8a3b12', mt: 1 }}>
              {t('bookFollowUps.missed', { when: fmt.when(c.visit.date, c.visit.start) })}
            </Typography>
          )}
          {p &&
            nearby(p, props.linked)
              .slice(0, 2)
              .map((e) => (
                <Typography key={e.id} variant="body2" sx={{ color: '#8a3b12', mt: 1 }}>
                  {t('bookFollowUps.alreadyBooked', { when: fmt.when(e.date, e.start) })}
                </Typography>
              ))}
        </Box>
        <Box sx={{ flex: 1, minWidth: 0 }}>{right}</Box>
      </Stack>
    </Card>
  );
}

function OptionLabel({ title, hint }: { title: string; hint: string }) {
  return (
    <Box component="span">
      <Box component="span" sx={{ fontWeight: 600 }}>
        {title}
      </Box>
      <Box component="span" sx={{ display: 'block', fontSize: 13, color: 'text.secondary' }}>
        {hint}
      </Box>
    </Box>
  );
}

const optionSx = (selected: boolean) => ({
  m: 0,
  pr: 1.5,
  pl: 0.5,
  py: 0.5,
  border: 1,
  borderRadius: 1,
  borderColor: selected ? 'primary.main' : 'divider',
  bgcolor: selected ? 'rgba(47,111,178,0.08)' : 'transparent',
  alignItems: 'center',
});
