import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import type { AdherenceHint as Hint } from '../../../shared/contract';
import { isCustomStepId } from '../../../shared/plan/step-groups';
import { useI18n, type I18n } from '../../i18n';
import { itemName, percentText, type SheetItem } from '../Adherence';
import type { CustomStepValues, StepValues } from './booklet-values';
import { useBookletForm, useUpdateStep } from './form-fields';

/** Library steps the hint may switch off: the mat, the exercises and the foot bath (never the massage). */
const SKIPPABLE = /^(X0[1-5]|B01)$/;

interface Props {
  /** The last returned course's figure and suggestion, from `booklets:draft`. */
  hint: Hint | null;
  /** The booklet has a home program (steps to switch off). */
  program: boolean;
  steps: Record<string, StepValues>;
  customSteps: readonly CustomStepValues[];
  updateStep(id: string, patch: Partial<StepValues>): void;
}

const names = (i18n: I18n, items: readonly SheetItem[]) => items.map((i) => itemName(i18n, i)).join(', ');

/**
 * What the family reported for the last course (`booklets:draft`'s adherence), at the top of the
 * plan, and below the threshold a kind suggestion: repeat the doses, or keep what they managed.
 * Switching off the missed steps is the clinician's click; nothing changes without it.
 */
export function AdherenceHint({ hint, program, steps, customSteps, updateStep }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [skipped, setSkipped] = useState<string[] | null>(null);
  if (!hint) return null;

  const percent = hint.overall === null ? null : percentText(i18n, hint.overall);
  const title =
    percent === null
      ? t('adherence.hint.nothingPlanned', { course: hint.course })
      : t(hint.status === 'estimate' ? 'adherence.hint.estimate' : 'adherence.hint.figure', {
          course: hint.course,
          percent,
        });
  const custom = new Set(customSteps.map((c) => c.id));
  const skippable = hint.missed.filter((i) => SKIPPABLE.test(i.id) || (isCustomStepId(i.id) && custom.has(i.id)));
  const toSkip = skippable.filter((i) => !steps[i.id]?.skip);

  const skip = () => {
    for (const item of toSkip) updateStep(item.id, { skip: true });
    setSkipped(toSkip.map((i) => i.id));
  };
  const undo = () => {
    for (const id of skipped ?? []) updateStep(id, { skip: false });
    setSkipped(null);
  };

  return (
    <Alert severity="info" data-testid="adherence-hint" sx={{ '& .MuiAlert-message': { width: '100%' } }}>
      <AlertTitle sx={{ fontWeight: 700 }}>{title}</AlertTitle>
      <Box sx={{ color: 'text.secondary' }}>{t('adherence.hint.reported')}</Box>
      {hint.below && (
        <Box sx={{ mt: 1 }}>
          {hint.managed.length > 0
            ? t('adherence.hint.suggestKeep', { managed: names(i18n, hint.managed) })
            : t('adherence.hint.suggestRepeat')}
        </Box>
      )}
      {hint.below && program && skipped && (
        <Box sx={{ mt: 1, display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <span role="status">
            {t('adherence.hint.skipped', {
              steps: names(
                i18n,
                hint.missed.filter((i) => skipped.includes(i.id)),
              ),
            })}
          </span>
          <Button size="small" onClick={undo}>
            {t('adherence.hint.undo')}
          </Button>
        </Box>
      )}
      {hint.below && program && !skipped && toSkip.length > 0 && (
        <Button variant="outlined" size="small" sx={{ mt: 1.25 }} onClick={skip}>
          {t('adherence.hint.skipMissed', { steps: names(i18n, toSkip) })}
        </Button>
      )}
    </Alert>
  );
}

/** The hint on the booklet form: the steps it reads and switches off are the form's. */
export function FormAdherenceHint(props: Pick<Props, 'hint' | 'program'>) {
  const { control } = useBookletForm();
  const [steps, customSteps] = useWatch({ control, name: ['steps', 'customSteps'] });
  const updateStep = useUpdateStep();
  return <AdherenceHint {...props} steps={steps} customSteps={customSteps} updateStep={updateStep} />;
}
