/*
 * pdfkit writes the document info twice: as PDF strings (escaped properly) and into the XMP
 * metadata, where it inserts the text as it is. A child named "Tom & Jerry" would then make the
 * XMP invalid XML. This String keeps its real value for the PDF strings and the file id
 * (valueOf), and gives the XML-escaped text where pdfkit builds the XMP (template strings call
 * toString).
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export class XmlSafeString extends String {
  override toString(): string {
    return this.valueOf().replace(/[&<>"']/g, (c) => ESCAPES[c]!);
  }
}
