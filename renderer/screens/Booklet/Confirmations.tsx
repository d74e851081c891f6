import { useWatch } from 'react-hook-form';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import Typography from '@mui/material/Typography';
import { isCalendarDate, localToday, type Patient } from '../../../shared/contract';
import { AGE_MONTHS, ageMonthsOn, type PlanResult } from '../../../shared/plan';
import { useI18n } from '../../i18n';
import { PanelSection } from './fields';
import { useBookletForm } from './form-fields';

interface Props {
  child: Patient;
  /** Main's latest answer: the rule it applied decides which confirmations apply. */
  result: PlanResult | null;
}

/** The rule that decided the edition main reported (G3: flexibility unknown), or null before any answer. */
function ruleOf(result: PlanResult | null): string | null {
  if (!result) return null;
  if (result.status === 'ok') return result.plan.edition.rule;
  return result.blocks.find((b) => b.rule !== null)?.rule ?? null;
}

/**
 * Clinician confirmations, only where the rule main applied asks for one (§3.2 G2 exception, G4).
 * A box already ticked stays on screen so it can be unticked.
 */
export function Confirmations({ child, result }: Props) {
  const { t } = useI18n();
  const { control, setValue } = useBookletForm();
  const [startDate, clinicianConfirmsHomeMassage, clinicianConfirmsUnder2] = useWatch({
    control,
    name: ['startDate', 'clinicianConfirmsHomeMassage', 'clinicianConfirmsUnder2'],
  });
  const values = { startDate, clinicianConfirmsHomeMassage, clinicianConfirmsUnder2 };
  const update = (patch: Partial<typeof values>) => {
    for (const [name, value] of Object.entries(patch) as [keyof typeof values, never][])
      setValue(name, value, { shouldDirty: true });
  };
  const rule = ruleOf(result);
  const start = isCalendarDate(values.startDate) ? values.startDate : localToday();
  const ageMonths = ageMonthsOn(child.dateOfBirth, start);
  const specialist = rule === 'G2';
  const young =
    ageMonths < AGE_MONTHS.homeProgram &&
    (rule === 'G4' || (specialist && values.clinicianConfirmsHomeMassage) || values.clinicianConfirmsUnder2);
  if (!specialist && !young && !values.clinicianConfirmsHomeMassage) return null;

  const box = (checked: boolean, onChange: (v: boolean) => void, label: string, hint: string) => (
    <Box>
      <FormControlLabel
        control={<Checkbox checked={checked} onChange={(e) => onChange(e.target.checked)} />}
        label={label}
      />
      <Typography variant="body2" sx={{ color: 'text.secondary', ml: 4, mt: -0.5 }}>
        {hint}
      </Typography>
    </Box>
  );
  return (
    <PanelSection id="confirm-title" title={t('booklet.confirm.title')}>
      <Box sx={{ display: 'grid', gap: 1.5 }}>
        {(specialist || values.clinicianConfirmsHomeMassage) &&
          box(
            values.clinicianConfirmsHomeMassage,
            (v) => update({ clinicianConfirmsHomeMassage: v }),
            t('booklet.confirm.homeMassage'),
            t('booklet.confirm.homeMassageHint'),
          )}
        {young &&
          (ageMonths < AGE_MONTHS.confirmedMinimum ? (
            <Typography variant="body2" sx={{ color: 'text.secondary' }}>
              {t('booklet.confirm.under18Months')}
            </Typography>
          ) : (
            box(
              values.clinicianConfirmsUnder2,
              (v) => update({ clinicianConfirmsUnder2: v }),
              t('booklet.confirm.under2'),
              t('booklet.confirm.under2Hint'),
            )
          ))}
      </Box>
    </PanelSection>
  );
}
