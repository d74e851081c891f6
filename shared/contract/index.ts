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

export * from './envelope';
export * from './patients';
export * from './settings';
export * from './assessments';
export * from './clinicians';
export * from './booklets';
export * from './booklet-archive';
export * from './plans';
export * from './care-plans';
export * from './adherence';
export * from './diary-setup';
export * from './appointments';
export * from './appointment-print';
export * from './dates';
export * from './text';

/** Every channel main answers: `domain:verb` -> input and output schema. */
export const contract = {
  ...patientChannels,
  ...settingsChannels,
  ...clinicianChannels,
  ...assessmentChannels,
  ...bookletChannels,
  ...diarySetupChannels,
  ...appointmentChannels,
  ...appointmentPrintChannels,
  ...carePlanChannels,
  ...adherenceChannels,
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller may send (defaults not yet applied). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives (after parsing). */
export type ChannelParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>;

export const channelNames = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
export * from './issues';
export * from './bridge-api';
