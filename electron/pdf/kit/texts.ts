/* Filling printed texts: placeholders in braces, and plural forms by the language's rules. */

/** The forms of a counted phrase, by CLDR plural category; `other` is always there. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** `template` with each `{key}` replaced by its value; unknown keys are left as they are. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

const plurals = new Map<string, Intl.PluralRules>();

/** The plural form for `count` in the texts' language, filled. */
export function plural(texts: { locale: string }, forms: Plural, count: number): string {
  let rules = plurals.get(texts.locale);
  if (!rules) {
    rules = new Intl.PluralRules(texts.locale);
    plurals.set(texts.locale, rules);
  }
  return fill(forms[rules.select(count)] ?? forms.other, { count });
}
