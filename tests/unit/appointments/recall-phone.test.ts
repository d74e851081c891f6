import { describe, expect, it } from 'vitest';
import { listRecall } from '../../../electron/services/recall/recall';
import { recallPhone } from '../../../renderer/screens/Recall/phone';
import { diaryDb } from './fixture';
import { storeCheckups } from './plan-fixture';

const NOW = new Date(2025, 5, 11, 10, 0);

describe('recall list: the guardian’s phone', () => {
  it('carries the E.164 stored with the guardian, and the tel: link dials it while the text stays readable', async () => {
    const { db, drA, mia } = await diaryDb();
    await storeCheckups(db, mia, drA, ['2025-06-01']);
    await db
      .updateTable('guardians')
      .set({ phone: '8 (912) 345-67-89', phone_e164: '+79123456789' })
      .where('patient_id', '=', mia)
      .execute();
    const [item] = (await listRecall(db, { due: 'all', weekStartsOn: 1, limit: 10 }, NOW)).items;
    expect(item).toMatchObject({ guardianPhone: '8 (912) 345-67-89', guardianPhoneE164: '+79123456789' });
    // Read with a British clinic's country, the number as typed would not dial; main's E.164 does.
    const phone = recallPhone(item!, 'GB');
    expect(phone?.href).toBe('tel:+79123456789');
    expect(phone?.text).toContain('912');
  });

  it('is null for a number stored without one, and the link falls back to the digits typed', async () => {
    const { db, drA, mia } = await diaryDb();
    await storeCheckups(db, mia, drA, ['2025-06-01']);
    await db
      .updateTable('guardians')
      .set({ phone: 'ext 12', phone_e164: null })
      .where('patient_id', '=', mia)
      .execute();
    const [item] = (await listRecall(db, { due: 'all', weekStartsOn: 1, limit: 10 }, NOW)).items;
    expect(item?.guardianPhoneE164).toBeNull();
    expect(recallPhone(item!, 'GB')).toEqual({ text: 'ext 12', href: 'tel:12' });
  });
});
