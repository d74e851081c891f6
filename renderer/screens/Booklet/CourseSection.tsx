import { useController, useWatch } from 'react-hook-form';
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { DEFAULT_SETTINGS, type CalendarCourses } from '../../../shared/contract';
import type { Choice, Plan } from '../../../shared/plan';
import { DateField } from '../../components/pickers';
import { useI18n } from '../../i18n';
import { useOptionalSettings } from '../../settings-context';
import type { CourseField } from './booklet-values';
import { PanelSection } from './fields';
import { FormNumberField, useBookletForm } from './form-fields';
import type { PlanPanelProps } from './plan-panel-props';

/** The course section: start, course, break and plan length, massage minutes, calendars. */
export function CourseSection(props: PlanPanelProps & { plan: Plan | null; program: boolean }) {
  const { errorFor, plan, program } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const { control } = useBookletForm();
  const homeMassage = useWatch({ control, name: 'clinicianConfirmsHomeMassage' });
  const start = useController({ control, name: 'startDate' }).field;
  return (
    <PanelSection id="course-title" title={t('booklet.course.title')}>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', columnGap: 2, rowGap: 1.25 }}>
        <DateField
          size="small"
          name="startDate"
          label={t('booklet.field.startDate')}
          value={start.value}
          onChange={start.onChange}
          min={props.child.dateOfBirth}
          shortcuts={['today']}
          error={errorFor('settings.startDate') !== undefined}
          helperText={errorFor('settings.startDate') ?? ' '}
        />
        {program && plan?.settings && (
          <>
            <CourseNumber
              field="courseDays"
              unit={t('booklet.unit.days')}
              choice={plan.settings.courseDays}
              {...props}
            />
            <CourseNumber field="breakDays" unit={t('booklet.unit.days')} choice={plan.settings.breakDays} {...props} />
            <CourseNumber
              field="horizonMonths"
              unit={t('booklet.unit.months')}
              choice={plan.settings.horizonMonths}
              {...props}
            />
            {plan.calendar && (
              <Typography variant="body2" sx={{ gridColumn: 'span 2', color: 'text.secondary', pt: 1 }}>
                {t('booklet.courses', {
                  count: plan.calendar.courses.length,
                  end: i18n.date(plan.calendar.horizonEnd, 'long'),
                })}
              </Typography>
            )}
            <CourseNumber
              field="startMinutes"
              unit={t('booklet.unit.min')}
              choice={plan.settings.startMinutes}
              {...props}
            />
            <CourseNumber
              field="peakMinutes"
              unit={t('booklet.unit.min')}
              choice={plan.settings.peakMinutes}
              {...props}
            />
            <CourseNumber
              field="endMinutes"
              unit={t('booklet.unit.min')}
              choice={plan.settings.endMinutes}
              {...props}
            />
          </>
        )}
        {!program && homeMassage && (
          <>
            {/* Home massage under specialist care: the minutes have no defaults (§3.2 G2). */}
            <Box sx={{ gridColumn: 'span 2' }} />
            <CourseNumber field="startMinutes" unit={t('booklet.unit.min')} choice={null} {...props} />
            <CourseNumber field="peakMinutes" unit={t('booklet.unit.min')} choice={null} {...props} />
            <CourseNumber field="endMinutes" unit={t('booklet.unit.min')} choice={null} {...props} />
          </>
        )}
      </Box>
      {program && plan?.calendar && <CalendarCoursesField />}
      {program && plan?.session && (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {t('booklet.session', {
            total: plan.session.totalMinutes,
            massage: plan.session.massageMinutes,
            mat: plan.session.matMinutes,
            exercises: plan.session.exerciseMinutes,
            bath: plan.session.bathMinutes,
          })}{' '}
          {plan.session.split.value ? t('booklet.sessionSplit') : ''}
        </Typography>
      )}
    </PanelSection>
  );
}

function CourseNumber(props: PlanPanelProps & { field: CourseField; unit: string; choice: Choice<number> | null }) {
  const { field, unit, choice, errorFor } = props;
  const { t } = useI18n();
  return (
    <FormNumberField
      name={field}
      label={t(`booklet.field.${field}`)}
      unit={unit}
      placeholder={choice ? String(choice.value) : undefined}
      helper={choice?.reason === 'capped_at_peak' ? t('booklet.choice.capped_at_peak') : undefined}
      helperWhenEmpty={choice ? t(`booklet.choice.${choice.reason}`) : undefined}
      error={errorFor(`settings.${field}`)}
    />
  );
}

/** The booklet prints the next few courses' calendars (a new booklet comes at every check-up), or all. */
const CALENDAR_CHOICES: readonly CalendarCourses[] = [1, 2, 3, 4, 6, 'all'];

function CalendarCoursesField() {
  const { t } = useI18n();
  const clinic = (useOptionalSettings() ?? DEFAULT_SETTINGS).calendarCourses;
  const { field } = useController({ control: useBookletForm().control, name: 'calendarCourses' });
  const value = field.value === '' ? clinic : field.value;
  const choices: readonly CalendarCourses[] = CALENDAR_CHOICES.includes(value)
    ? CALENDAR_CHOICES
    : [...CALENDAR_CHOICES.slice(0, -1), value, 'all'];
  const name = (n: CalendarCourses) =>
    n === 'all' ? t('booklet.calendars.all') : t('booklet.calendars.next', { count: n });
  return (
    <TextField
      select
      size="small"
      label={t('booklet.field.calendarCourses')}
      value={String(value)}
      onChange={(e) => {
        const v = e.target.value === 'all' ? 'all' : Number(e.target.value);
        field.onChange(v === clinic ? '' : v);
      }}
      helperText={t('booklet.calendars.hint')}
      sx={{ mt: 1.5, mb: 0.5, width: 300, maxWidth: '100%' }}
    >
      {choices.map((n) => (
        <MenuItem key={String(n)} value={String(n)}>
          {n === clinic ? t('booklet.calendars.default', { choice: name(n) }) : name(n)}
        </MenuItem>
      ))}
    </TextField>
  );
}
