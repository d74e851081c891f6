/*
 * The footer on every page (design "Page"): the child's name, the clinic's phone and "page X of
 * Y" in the booklet's language. Written last, once the page count is known (bufferPages), and
 * marked as a pagination artifact so screen readers skip it.
 */
import { label } from './blocks';
import { clinicPhone, type Ctx, f } from './context';
import { fullName } from './format';
import { COLOR, FOOTER_HEIGHT, SIZE } from './theme';

export function drawFooters(ctx: Ctx): void {
  const { l, t } = ctx;
  const { doc, frame } = l;
  const range = doc.bufferedPageRange();
  const phone = clinicPhone(ctx);
  const style = { font: 'regular' as const, size: SIZE.min };
  // Room left of the widest "page X of Y"; names are up to 80 + 80 characters, so the phone gives
  // way first, then the name is shortened, rather than run into the page number.
  const pageWidth = l.metrics.width(f(t.footer.page, { page: range.count, pages: range.count }), style);
  const room = frame.width - pageWidth - 16;
  const name = fullName(ctx.plan.child, ctx.lang);
  let left = [name, phone ? f(t.footer.phone, { phone }) : ''].filter(Boolean).join('   ·   ');
  if (l.metrics.width(left, style) > room) left = name;
  while (left.length > 1 && l.metrics.width(left, style) > room) left = `${left.slice(0, -2)}…`;
  const y = frame.bottom + FOOTER_HEIGHT - 12;
  for (let i = 0; i < range.count; i++) {
    doc.switchToPage(range.start + i);
    doc.markContent('Artifact', { type: 'Pagination' });
    doc
      .moveTo(frame.left, y - 6)
      .lineTo(frame.right, y - 6)
      .lineWidth(0.6)
      .stroke(COLOR.grey);
    label(l, left, frame.left, y, { size: SIZE.min, color: COLOR.soft });
    label(l, f(t.footer.page, { page: i + 1, pages: range.count }), frame.right, y, {
      size: SIZE.min,
      color: COLOR.soft,
      align: 'right',
    });
    doc.endMarkedContent();
  }
}
