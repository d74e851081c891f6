import type { MessageBoxOptions } from 'electron';
import type { AppInfo } from '../../shared/contract';

/**
 * Help > About: the version and, for support calls and backups, where the data lives. Built here
 * rather than with the native about panel, which cannot show the data folder on every platform.
 */
export function aboutDialogOptions(info: AppInfo): MessageBoxOptions {
  return {
    type: 'info',
    title: 'About Valgo',
    message: `Valgo ${info.version}`,
    detail: [
      'Patient records, home-care booklets and follow-up visits for pediatric podiatry practices.',
      '',
      `Data folder: ${info.dataDir}`,
      `Database schema: ${info.schemaVersion}`,
    ].join('\n'),
    buttons: ['OK'],
    noLink: true,
  };
}
