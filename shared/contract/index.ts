import type { z } from 'zod';
import { patientChannels } from './patients';
import { settingsChannels } from './settings';
import { assessmentChannels } from './assessments';
import { clinicianChannels } from './clinicians';
import { bookletChannels } from './booklet-archive';
import { diarySetupChannels } from './diary-setup';
import { appointmentChannels } from './appointments';
import { appointmentPrintChannels } from './appointment-print';
import { carePlanChannels } from './care-plans';
import { adherenceChannels } from './adherence';
import { backupChannels } from './backups';
import { staffChannels } from './staff';
import { auditChannels } from './audit';
import { dataRightsChannels } from './data-rights';
import { changeChannels } from './changes';
import { dataSourceChannels } from './data-source';
import { serverBackupChannels } from './server-backups';
import { desktopChannels } from './desktop';
import { joinChannels } from './join-channels';
import type { ChannelName } from './channel-names';

export * from './envelope';
export * from './row-version';
export * from './patients';
export * from './settings';
export * from './assessments';
export * from './clinicians';
export * from './booklets';
export * from './booklet-archive';
export * from './plans';
export * from './care-plans';
export * from './adherence';
export * from './backups';
export * from './access';
export * from './staff';
export * from './diary-setup';
export * from './appointments';
export * from './appointment-print';
export * from './dates';
export * from './text';
export * from './channel-names';
export * from './join-channels';
export * from './audit';
export * from './data-rights';
export * from './changes';
export * from './data-source';
export * from './server-backups';
export * from './desktop';

/** Every channel main answers: `domain:verb` -> input and output schema. A name declared twice fails. */
export const contract = joinChannels(
  patientChannels,
  settingsChannels,
  clinicianChannels,
  assessmentChannels,
  bookletChannels,
  diarySetupChannels,
  appointmentChannels,
  appointmentPrintChannels,
  carePlanChannels,
  adherenceChannels,
  backupChannels,
  staffChannels,
  auditChannels,
  dataRightsChannels,
  changeChannels,
  dataSourceChannels,
  serverBackupChannels,
  desktopChannels,
);

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller may send (defaults not yet applied). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const channelNames = Object.keys(contract) as Channel[];

/** Fails to compile unless the preload's plain list (channel-names.ts) names exactly the contract's channels. */
type Assert<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type ChannelNamesMatchContract = Assert<Same<ChannelName, Channel>>;

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
export * from './issues';
export * from './bridge-api';
