/*
 * Every free-text field of a request that ends up on paper, with the name a clinician would use
 * for it, in print order: the glyph check reports the first field the fonts cannot draw.
 */
import type { BookletRequest } from '../../../shared/contract/booklets';

import type { PrintableField } from '../kit/glyph-check';

export function printableFields(req: BookletRequest): PrintableField[] {
  const fields: PrintableField[] = [
    { path: 'child.firstName', field: "child's first name", text: req.child.firstName },
    { path: 'child.middleName', field: "child's middle name", text: req.child.middleName ?? '' },
    { path: 'child.lastName', field: "child's last name", text: req.child.lastName },
    { path: 'clinician.name', field: "clinician's name", text: req.clinician?.name ?? '' },
    { path: 'clinician.title', field: "clinician's title", text: req.clinician?.title ?? '' },
    { path: 'clinician.phone', field: "clinician's phone", text: req.clinician?.phone ?? '' },
    { path: 'clinic.name', field: 'clinic name', text: req.clinic.name },
    { path: 'clinic.address', field: 'clinic address', text: req.clinic.address },
    { path: 'clinic.phone', field: 'clinic phone', text: req.clinic.phone },
    { path: 'specialistNotes', field: "specialist's notes", text: req.specialistNotes },
    {
      path: 'settings.prescribed.strappingNote',
      field: "specialist's note on strapping",
      text: req.settings.prescribed.strappingNote ?? '',
    },
  ];
  for (const c of req.customSteps) {
    fields.push({ path: `customSteps.${c.id}.title`, field: `title of added step ${c.id}`, text: c.title });
    fields.push({ path: `customSteps.${c.id}.text`, field: `text of added step ${c.id}`, text: c.text });
  }
  for (const [id, note] of Object.entries(req.stepNotes))
    fields.push({ path: `stepNotes.${id}`, field: `note for step ${id}`, text: note });
  return fields;
}
