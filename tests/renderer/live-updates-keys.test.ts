import { describe, expect, it } from 'vitest';
import { touches } from '../../renderer/data/live-updates';
import type { ChangeEntry } from '../../shared/contract';

/* Which cached reads a change from another desk marks stale (renderer/data/live-updates.ts). */

const change = (table: string, patientId: number | null, rowId: number | null = 1): ChangeEntry => ({
  id: 1,
  table,
  rowId,
  patientId,
});

describe('live updates: which reads a change touches', () => {
  it('refreshes the open child only for that child’s rows, and lists for anyone’s', () => {
    const miaRecord = ['patients', 'patients:record', { id: 5 }];
    const miaPlan = ['care-plans', 'care-plans:current', { patientId: 5 }];
    const diary = ['appointments', 'appointments:range', { from: '2026-12-07', to: '2026-12-07' }];
    const recall = ['recall', 'recall:list', { due: 'all' }];
    expect(touches(miaRecord, [change('assessments', 5)])).toBe(true);
    expect(touches(miaRecord, [change('assessments', 6)])).toBe(false);
    expect(touches(miaPlan, [change('care_plans', 5)])).toBe(true);
    expect(touches(miaPlan, [change('care_plans', 6)])).toBe(false);
    expect(touches(diary, [change('appointments', 6)])).toBe(true);
    expect(touches(recall, [change('appointments', 6)])).toBe(true);
    expect(touches(recall, [change('recall_contacts', 6)])).toBe(true);
    expect(touches(diary, [change('recall_contacts', 6)])).toBe(false);
  });

  it('refreshes clinic-wide reads for clinic-wide rows, everything for unknown tables, never the PDF preview', () => {
    const diarySetup = ['diary', 'diary:setup:get', {}];
    const clinicians = ['clinicians', 'clinicians:list', {}];
    expect(touches(diarySetup, [change('working_hours', null)])).toBe(true);
    expect(touches(clinicians, [change('working_hours', null)])).toBe(false);
    expect(touches(clinicians, [change('clinicians', null)])).toBe(true);
    expect(touches(clinicians, [change('settings', null, null)])).toBe(true);
    expect(touches(clinicians, [change('a_table_from_a_newer_version', null)])).toBe(true);
    const preview = ['booklets', 'booklets:preview', { patientId: 5 }];
    expect(touches(preview, [change('assessments', 5)])).toBe(false);
    expect(touches(['booklets', 'booklets:list', { patientId: 5 }], [change('assessments', 5)])).toBe(true);
  });
});
