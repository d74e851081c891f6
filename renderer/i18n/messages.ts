import type { en } from './en';

/** One plural entry: a form per Intl.PluralRules category; `other` is the fallback. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export type MessageKey = keyof typeof en;

/** The shape every dictionary has: en's keys, each a sentence or a plural entry like en's. */
export type Messages = {
  [K in MessageKey]: (typeof en)[K] extends string ? string : PluralForms;
};

export type Params = Record<string, string | number>;
