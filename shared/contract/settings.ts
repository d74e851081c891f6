import { z } from 'zod';
import { optionalLineText, phoneText } from './text';

export const Language = z.enum(['en', 'ru']);
export type Language = z.infer<typeof Language>;

export const Settings = z.object({
  language: Language,
  clinicName: optionalLineText(120),
  clinicAddress: optionalLineText(200),
  clinicPhone: z.union([z.literal(''), phoneText]),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  clinicName: '',
  clinicAddress: '',
  clinicPhone: '',
};

export const AppInfo = z.object({
  version: z.string(),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
  mode: z.enum(['electron', 'browser']),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const settingsChannels = {
  /** The practice's settings, defaults filled in. */
  'settings:get': { input: z.object({}), output: Settings },
  /** Change some settings; returns all of them. */
  'settings:update': { input: Settings.partial(), output: Settings },
  /** Version, data folder and mode, for the Settings screen and support. */
  'app:info': { input: z.object({}), output: AppInfo },
} as const;
