import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import type { RenderedPdf } from '../../../shared/contract';
import { useT } from '../../i18n';
import { base64Bytes, loadPdfJs, type PDFDocumentProxy, type RenderTask } from './pdfjs';

interface Props {
  pdf: RenderedPdf | null;
  /** A newer PDF is on its way: show the spinner over the current pages. */
  busy: boolean;
}

interface Shown {
  pdf: RenderedPdf;
  doc: PDFDocumentProxy;
  /** Page sizes in PDF points. */
  sizes: { width: number; height: number }[];
}

const GAP = 16;
const PAD = 20;
const MAX_PAGE_WIDTH = 700;

/**
 * The booklet as pdf.js draws it: one canvas per page, drawn only near the visible part of the
 * scroller and released when far from it, so a 28-page booklet stays light. A new PDF is drawn
 * off-screen page by page and replaces the old pages only when ready: no flashing while editing.
 */
export function PdfPreview({ pdf, busy }: Props) {
  const t = useT();
  const [shown, setShown] = useState<Shown | null>(null);
  /** The PDF pdf.js could not open (then the pages already shown stay). */
  const [failedFor, setFailedFor] = useState<RenderedPdf | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const width = useContentWidth(scroller);

  useEffect(() => {
    if (!pdf) return;
    let cancelled = false;
    (async () => {
      const pdfjs = await loadPdfJs();
      const doc = await pdfjs.getDocument({ data: base64Bytes(pdf.pdfBase64), isEvalSupported: false }).promise;
      const pages = await Promise.all(Array.from({ length: doc.numPages }, (_, i) => doc.getPage(i + 1)));
      if (cancelled) {
        void doc.destroy();
        return;
      }
      const sizes = pages.map((p) => {
        const v = p.getViewport({ scale: 1 });
        return { width: v.width, height: v.height };
      });
      setShown({ pdf, doc, sizes });
    })().catch(() => {
      if (!cancelled) setFailedFor(pdf);
    });
    return () => {
      cancelled = true;
    };
  }, [pdf]);

  // The replaced document is released once its pages have been handed the new one.
  useEffect(() => {
    if (!shown) return;
    return () => void shown.doc.destroy();
  }, [shown]);

  const opening = pdf !== null && shown?.pdf !== pdf && failedFor !== pdf;
  const failed = pdf !== null && failedFor === pdf;
  const count = shown?.sizes.length ?? pdf?.pages ?? 0;
  const pageWidth = Math.max(200, Math.min(MAX_PAGE_WIDTH, width - 2 * PAD));

  return (
    <Box
      sx={{ position: 'relative', height: '100%', display: 'flex', flexDirection: 'column', bgcolor: 'action.hover' }}
    >
      <Box
        sx={{
          display: 'flex',
          alignItems: 'center',
          gap: 1.5,
          px: 2.5,
          py: 1,
          minHeight: 44,
          borderBottom: 1,
          borderColor: 'divider',
          bgcolor: 'background.paper',
        }}
      >
        <Typography variant="body2" sx={{ fontWeight: 600 }} aria-live="polite">
          {count > 0 ? t('booklet.preview.pages', { count }) : t('booklet.preview.loading')}
        </Typography>
        {(busy || opening) && (
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, color: 'text.secondary' }}>
            <CircularProgress size={16} aria-label={t('booklet.preview.updating')} />
            <Typography variant="body2">{t('booklet.preview.updating')}</Typography>
          </Box>
        )}
      </Box>
      <Box
        ref={scroller}
        tabIndex={0}
        aria-label={t('booklet.preview.label')}
        data-testid="pdf-scroller"
        sx={{
          flex: 1,
          overflow: 'auto',
          p: `${PAD}px`,
          '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
        }}
      >
        {failed && !shown && <Alert severity="warning">{t('booklet.preview.viewerFailed')}</Alert>}
        {!shown && !failed && (
          <Box sx={{ display: 'grid', placeItems: 'center', py: 10 }}>
            <CircularProgress aria-label={t('booklet.preview.loading')} />
          </Box>
        )}
        {shown && (
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: `${GAP}px` }}>
            {shown.sizes.map((size, index) => (
              <PdfPage
                key={index}
                doc={shown.doc}
                index={index}
                count={shown.sizes.length}
                width={pageWidth}
                height={Math.round((pageWidth * size.height) / size.width)}
                scroller={scroller}
              />
            ))}
          </Box>
        )}
      </Box>
    </Box>
  );
}

interface PageProps {
  doc: PDFDocumentProxy;
  index: number;
  count: number;
  width: number;
  height: number;
  scroller: RefObject<HTMLDivElement | null>;
}

function PdfPage({ doc, index, count, width, height, scroller }: PageProps) {
  const t = useT();
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const near = useNearView(frame, scroller);
  const [text, setText] = useState('');

  useEffect(() => {
    const target = canvas.current;
    if (!target) return;
    if (!near) {
      // Far from view: give the bitmap's memory back; it is drawn again on the way back.
      target.width = 0;
      target.height = 0;
      return;
    }
    let cancelled = false;
    let task: RenderTask | null = null;
    (async () => {
      const page = await doc.getPage(index + 1);
      if (cancelled) return;
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: (width / page.getViewport({ scale: 1 }).width) * ratio });
      const off = document.createElement('canvas');
      off.width = Math.ceil(viewport.width);
      off.height = Math.ceil(viewport.height);
      task = page.render({ canvas: off, viewport });
      await task.promise;
      if (cancelled) return;
      target.width = off.width;
      target.height = off.height;
      target.getContext('2d')?.drawImage(off, 0, 0);
      const content = await page.getTextContent();
      if (!cancelled) setText(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    })().catch(() => {
      // Cancelled (a newer PDF or a scroll away) or a destroyed document: the next run draws it.
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, index, width, near]);

  const label = t('booklet.preview.page', { n: index + 1, count });
  return (
    <Box
      ref={frame}
      role="group"
      aria-label={label}
      data-page={index + 1}
      sx={{
        position: 'relative',
        width,
        height,
        flexShrink: 0,
        bgcolor: '#fff',
        boxShadow: '0 1px 3px rgba(0,0,0,0.18), 0 4px 12px rgba(0,0,0,0.06)',
      }}
    >
      {/* The page number shows until the canvas (opaque once drawn) covers it. */}
      <Typography
        aria-hidden
        sx={{ position: 'absolute', inset: 0, display: 'grid', placeItems: 'center', color: '#8a96a3' }}
      >
        {index + 1}
      </Typography>
      <canvas
        ref={canvas}
        aria-hidden
        style={{ position: 'relative', width: '100%', height: '100%', display: 'block' }}
      />
      {/* What the page says, for screen readers (the canvas is only pixels). */}
      <Box
        sx={{
          position: 'absolute',
          width: 1,
          height: 1,
          overflow: 'hidden',
          clip: 'rect(0 0 0 0)',
          whiteSpace: 'nowrap',
        }}
        data-testid="page-text"
      >
        {text}
      </Box>
    </Box>
  );
}

/** True while `target` is within about a screen of the scroller's visible part. */
function useNearView(target: RefObject<HTMLElement | null>, root: RefObject<HTMLElement | null>): boolean {
  // Without IntersectionObserver (old engines, tests) every page counts as near.
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = target.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => setNear(entries.some((e) => e.isIntersecting)), {
      root: root.current,
      rootMargin: '100% 0px',
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [target, root]);
  return near;
}

/** The element's inner width, rounded to 10 px so resizing does not redraw every page each pixel. */
function useContentWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(600);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.round(el.clientWidth / 10) * 10 || 600);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
