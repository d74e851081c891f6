import { z } from 'zod';
import { ANYONE, CLINICAL, EVERY_ROLE } from './access';
import { RowVersion } from './row-version';
import { optionalLineText, phoneText } from './text';

export const Language = z.enum(['en', 'ru']);
export type Language = z.infer<typeof Language>;

/** The largest logo accepted, as base64 text (about 300 KB of image; the booklet's own limit). */
export const MAX_LOGO_CHARS = 400_000;

/** A PNG as a data URL ('' for none): printed on letterheads (the booklet embeds PNG only). */
export const LogoDataUrl = z.union([
  z.literal(''),
  z
    .string()
    .max(MAX_LOGO_CHARS, { message: 'logoTooLarge' })
    .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, { message: 'logoFormat' }),
]);

/**
 * How many course calendars a booklet prints: the next 1-12 courses, counted from the first that
 * has not ended on the day it is made, or all that remain. The booklet is re-issued at every
 * check-up, so a few are enough and the booklet stays short.
 */
export const CALENDAR_COURSES_MAX = 12;
export const CalendarCourses = z.union([z.number().int().min(1).max(CALENDAR_COURSES_MAX), z.literal('all')]);
export type CalendarCourses = z.infer<typeof CalendarCourses>;
export const DEFAULT_CALENDAR_COURSES: CalendarCourses = 3;

/** How dates are written on screens and printed pages (the pickers type in the same order). */
export const DateFormat = z.enum(['DD.MM.YYYY', 'DD/MM/YYYY', 'MM/DD/YYYY', 'YYYY-MM-DD']);
export type DateFormat = z.infer<typeof DateFormat>;

/**
 * The clinic's country as an ISO 3166-1 alpha-2 code: the default region for phone numbers typed
 * without a country code ("8 916 …" in RU, "07700 …" in GB).
 */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, { message: 'countryCode' });

export const Settings = z.object({
  language: Language,
  dateFormat: DateFormat,
  country: CountryCode,
  clinicName: optionalLineText(120),
  clinicAddress: optionalLineText(200),
  clinicPhone: z.union([z.literal(''), phoneText]),
  clinicLogo: LogoDataUrl,
  /** The clinic's default for booklets whose clinician chose none (PlanChoices.calendarCourses). */
  calendarCourses: CalendarCourses,
  /**
   * Reported adherence (percent of the planned ticks) below which the next booklet suggests not
   * stepping up (shared/contract/adherence.ts).
   */
  adherenceThreshold: z.number().refine((v) => Number.isInteger(v) && v >= 10 && v <= 100, {
    message: 'percentRange:10-100',
  }),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  dateFormat: 'DD/MM/YYYY',
  country: 'GB',
  clinicName: '',
  clinicAddress: '',
  clinicPhone: '',
  clinicLogo: '',
  calendarCourses: DEFAULT_CALENDAR_COURSES,
  adherenceThreshold: 50,
};

/** The settings with the version they were read at (a change sends it back). */
export const VersionedSettings = Settings.extend({ version: RowVersion });
export type VersionedSettings = z.infer<typeof VersionedSettings>;

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
  mode: z.enum(['electron', 'browser']),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const settingsChannels = {
  /** The practice's settings, defaults filled in. */
  'settings:get': { input: z.object({}), output: VersionedSettings, access: EVERY_ROLE },
  /**
   * Change some settings; returns all of them. A form sends the `version` it read (a change based
   * on an older one is refused, naming who saved since); a one-choice switch (language) may omit it.
   */
  'settings:update': {
    input: Settings.partial().extend({ version: RowVersion.optional() }),
    output: VersionedSettings,
    access: CLINICAL,
  },
  /** Version, data folder and mode, for the Settings screen and support. */
  'app:info': { input: z.object({}), output: AppInfo, access: ANYONE },
} as const;
