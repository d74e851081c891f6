/*
 * Phone numbers understood with libphonenumber-js, shared by main (storage, search, validation)
 * and the renderer (display, typing hints).
 *
 * Metadata: `libphonenumber-js/min`, deliberately. A number is accepted when it is *possible*
 * (a known country code and a length that country uses), not when it matches the detailed
 * per-range patterns only `/max` carries: Valgo runs offline for years on one computer, and a
 * family's real number from a range allocated after this release must never be refused at the
 * front desk. `min` holds exactly what that needs (country codes, trunk and international
 * prefixes, possible lengths, national formats) at about half the size of `/max`, which matters
 * for the renderer bundle. Reserved drama numbers ("07700 900123") are possible, so they save.
 */
import {
  AsYouType,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js/min';

/** The clinic's country (settings `country`, ISO 3166-1 alpha-2): how numbers without "+" are read. */
export type PhoneRegion = string;

export interface ParsedPhone {
  /** "+79161234567" */
  e164: string;
  /** The calling code without "+": "7". */
  callingCode: string;
  /** The national significant number, without trunk prefix: "9161234567". */
  nationalNumber: string;
  /** The number's country when the calling code and number tell it ("RU"); undefined when shared or unknown. */
  country: string | undefined;
}

function defaultCountry(region: PhoneRegion): CountryCode | undefined {
  return isSupportedCountry(region) ? region : undefined;
}

/**
 * What was typed, read with the clinic's country for numbers without a country code
 * ("8 916 123-45-67" in RU, "07700 900123" in GB, "+44 …" anywhere). Null when it is not a
 * possible phone number: unknown country code, or too short or long for its country.
 */
export function parsePhone(typed: string, region: PhoneRegion): ParsedPhone | null {
  if (!/\d/.test(typed)) return null;
  const n = parsePhoneNumberFromString(typed, { defaultCountry: defaultCountry(region), extract: false });
  if (!n || !n.isPossible()) return null;
  return { e164: n.number, callingCode: n.countryCallingCode, nationalNumber: n.nationalNumber, country: n.country };
}

/** The E.164 form of what was typed ("+79161234567"), or null when it is not a possible number. */
export function toE164(typed: string, region: PhoneRegion): string | null {
  return parsePhone(typed, region)?.e164 ?? null;
}

/**
 * A stored phone for display: national format for numbers of the clinic's country
 * ("8 (916) 123-45-67" in a Russian clinic, "07700 900123" in a British one), international
 * otherwise ("+7 916 123 45 67" in a British clinic); what was typed when it has no E.164.
 */
export function formatPhone(p: { phone: string; phoneE164?: string | null }, region: PhoneRegion): string {
  const n = p.phoneE164 ? parsePhoneNumberFromString(p.phoneE164) : undefined;
  if (!n) return p.phone;
  const home = defaultCountry(region);
  // A number the metadata cannot pin to one country (+44 is shared by GB, GG, IM, JE) counts
  // as the clinic's own when the calling code is.
  const national = n.country
    ? n.country === home
    : home !== undefined && n.countryCallingCode === getCountryCallingCode(home);
  return national ? n.formatNational() : n.formatInternational();
}

/**
 * The digit strings the search index holds for a stored number besides what was typed: its
 * E.164 digits ("79161234567") and national significant number ("9161234567").
 */
export function phoneIndexDigits(e164: string | null | undefined): string[] {
  if (!e164) return [];
  const n = parsePhoneNumberFromString(e164);
  if (!n) return [e164.replace(/\D/g, '')];
  return [...new Set([n.number.slice(1), n.nationalNumber])];
}

/**
 * The forms of a partly typed number to look up, read with the clinic's country, as digit
 * prefixes to match against phoneIndexDigits and the typed digits:
 * - "8916" in RU -> ["8916", "916"] (trunk prefix dropped: the national number);
 * - "+44 7700" -> ["447700"]; "00 44 7700" in GB -> ["00447700", "447700"] (E.164 digits).
 */
export function phoneQueryDigits(typed: string, region: PhoneRegion): string[] {
  const digits = typed.replace(/\D/g, '');
  if (!digits) return [];
  const forms = [digits];
  const home = defaultCountry(region);
  const reader = new AsYouType(home);
  reader.input(typed.trim().startsWith('+') ? `+${digits}` : digits);
  // "+7916" for "8916" in RU, "+447700" for "+44 7700": the typed prefix as E.164 so far.
  const value = reader.getNumberValue()?.slice(1);
  if (value) {
    if (reader.getCallingCode()) forms.push(value);
    else if (home) {
      const national = value.slice(getCountryCallingCode(home).length);
      if (national) forms.push(national);
    }
  }
  return [...new Set(forms)];
}
