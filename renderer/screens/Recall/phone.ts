import type { RecallItem } from '../../../shared/contract';
import { formatPhone, toE164 } from '../../../shared/phone';

/**
 * The guardian's phone as the front desk dials it: shown in the clinic's way (national for the
 * clinic's own country, international otherwise) and linked as `tel:` with its E.164 form.
 * The E.164 is main's (the recall item carries it, stored with the guardian); a number stored
 * without one is read with the clinic's country (what the child form shows as "reads as").
 */
export function recallPhone(
  item: Pick<RecallItem, 'guardianPhone'> & Partial<Pick<RecallItem, 'guardianPhoneE164'>>,
  country: string,
): { text: string; href: string } | null {
  const phone = item.guardianPhone.trim();
  if (!phone) return null;
  const e164 = item.guardianPhoneE164 ?? toE164(phone, country);
  return {
    text: formatPhone({ phone, phoneE164: e164 }, country),
    href: `tel:${e164 ?? phone.replace(/[^\d+]/g, '')}`,
  };
}
