import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Kysely } from 'kysely';
import type { ChildExportZip } from '../../../shared/contract';
import { instantParts } from '../../../shared/calendar/local-time';
import { FILE_WHAT, fileNameFor } from '../../../shared/file-names';
import type { Database } from '../../db/schema';
import { getSettings } from '../settings/settings';
import { exportChild } from './export';

/**
 * The child's whole record as one zip for the family (their right of access): the JSON export,
 * and every booklet handed out as the exact archived bytes, one PDF per distinct file (a reprint
 * is the same bytes as its original). PDFs are stored uncompressed: they are compressed already.
 */
export async function exportChildZip(
  db: Kysely<Database>,
  patientId: number,
  now = new Date(),
): Promise<ChildExportZip> {
  const record = await exportChild(db, patientId, now);
  const child = await db
    .selectFrom('patients')
    .select(['first_name', 'middle_name', 'last_name'])
    .where('id', '=', patientId)
    .executeTakeFirstOrThrow();
  const name = { firstName: child.first_name, middleName: child.middle_name, lastName: child.last_name };
  const { language } = await getSettings(db);
  const booklets = await db
    .selectFrom('booklets as b')
    .innerJoin('booklet_files as f', 'f.sha256', 'b.sha256')
    .select(['b.id', 'b.created_at', 'b.sha256', 'f.bytes'])
    .where('b.patient_id', '=', patientId)
    .orderBy('b.id')
    .execute();
  const mtime = now;
  const files: Zippable = { [record.fileName]: [strToU8(record.json), { level: 6, mtime }] };
  const seen = new Set<string>();
  for (const b of booklets) {
    if (seen.has(b.sha256)) continue;
    seen.add(b.sha256);
    const pdfName = fileNameFor({
      child: name,
      what: FILE_WHAT[language].booklet,
      detail: `#${b.id}`,
      date: instantParts(Date.parse(b.created_at)).date,
      extension: 'pdf',
    });
    files[`booklets/${pdfName}`] = [new Uint8Array(b.bytes), { level: 0, mtime }];
  }
  const zip = zipSync(files);
  const fileName = fileNameFor({
    child: name,
    what: FILE_WHAT[language].record,
    date: instantParts(now.getTime()).date,
    extension: 'zip',
  });
  return { fileName, zipBase64: Buffer.from(zip).toString('base64'), booklets: seen.size };
}
