import Card from '@mui/material/Card';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { Language } from '../../../shared/contract';
import { useT } from '../../i18n';
import { useSettings } from '../../settings-context';
import { useInstantSetting } from './settings-save';

// Each language is named in itself, so anyone can find their own.
const LANGUAGES: { value: Language; label: string; lang: string }[] = [
  { value: 'en', label: 'English', lang: 'en' },
  { value: 'ru', label: 'Русский', lang: 'ru' },
];

/** The UI language, applied at once and stored. */
export function LanguageCard() {
  const t = useT();
  const { settings } = useSettings();
  const change = useInstantSetting();
  const choose = (language: Language) => change({ language });

  return (
    <Card sx={{ p: 4 }}>
      <Typography variant="h2" id="language-label" sx={{ mb: 0.5 }}>
        {t('settings.language')}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
        {t('settings.languageHint')}
      </Typography>
      <ToggleButtonGroup
        exclusive
        color="primary"
        value={settings.language}
        onChange={(_e, value: Language | null) => value && void choose(value)}
        aria-labelledby="language-label"
      >
        {LANGUAGES.map((l) => (
          <ToggleButton key={l.value} value={l.value} lang={l.lang} sx={{ minWidth: 140 }}>
            {l.label}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Card>
  );
}
