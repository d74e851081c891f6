import type { ReactNode } from 'react';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/ru';
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs';
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider';
import { enUS, ruRU } from '@mui/x-date-pickers/locales';
import type { Language } from '../../../shared/contract';

const TEXTS = {
  en: enUS.components.MuiLocalizationProvider.defaultProps.localeText,
  ru: ruRU.components.MuiLocalizationProvider.defaultProps.localeText,
};

/** Month and weekday names, the week's first day and the picker's own words in the app's language. */
export function PickersProvider({ language, children }: { language: Language; children: ReactNode }) {
  return (
    <LocalizationProvider
      dateAdapter={AdapterDayjs}
      adapterLocale={language === 'ru' ? 'ru' : 'en-gb'}
      localeText={TEXTS[language]}
    >
      {children}
    </LocalizationProvider>
  );
}
