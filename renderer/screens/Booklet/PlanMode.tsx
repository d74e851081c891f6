import Box from '@mui/material/Box';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { PlanChoices, PlanMode } from '../../../shared/contract';
import { useI18n } from '../../i18n';
import { PanelSection } from './fields';
import { planChanges } from './plan-changes';
import { dayText } from './plan-text';

/** The plan the booklet is issued for: the child's current one, continued, or a new one from today. */
export function PlanModeChoice(props: { mode: PlanMode; onMode(mode: PlanMode): void; startedOn: string }) {
  const { mode, onMode, startedOn } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const hint =
    mode === 'continue' ? t('booklet.mode.continueHint', { date: i18n.date(startedOn) }) : t('booklet.mode.newHint');
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap', rowGap: 0.5, width: '100%' }}>
      <ToggleButtonGroup
        exclusive
        size="small"
        color="primary"
        value={mode}
        onChange={(_e, value: PlanMode | null) => value && onMode(value)}
        aria-label={t('booklet.mode.label')}
      >
        <ToggleButton value="continue" aria-describedby="plan-mode-hint" sx={{ px: 1.75 }}>
          {t('booklet.mode.continue')}
        </ToggleButton>
        <ToggleButton value="new" aria-describedby="plan-mode-hint" sx={{ px: 1.75 }}>
          {t('booklet.mode.new')}
        </ToggleButton>
      </ToggleButtonGroup>
      <Typography id="plan-mode-hint" variant="body2" sx={{ color: 'text.secondary', flex: 1, minWidth: 280 }}>
        {hint} {t('booklet.mode.visits')}
      </Typography>
    </Box>
  );
}

/** What differs from the last booklet of the plan being continued, in plain words. */
export function PlanChanges(props: { since: PlanChoices; issuedAt: string; choices: PlanChoices }) {
  const { since, issuedAt, choices } = props;
  const i18n = useI18n();
  const { t } = i18n;
  const lines = planChanges(i18n, since, choices);
  return (
    <PanelSection
      id="changes-title"
      title={t('booklet.changes.title')}
      hint={t('booklet.changes.since', { date: dayText(i18n, issuedAt) })}
    >
      {lines.length === 0 ? (
        <Typography sx={{ color: 'text.secondary' }}>{t('booklet.changes.none')}</Typography>
      ) : (
        <Box component="ul" aria-labelledby="changes-title" sx={{ m: 0, pl: 2.5, display: 'grid', gap: 0.25 }}>
          {lines.map((line, index) => (
            <li key={index}>
              <Typography>{line}</Typography>
            </li>
          ))}
        </Box>
      )}
    </PanelSection>
  );
}
