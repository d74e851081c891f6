import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import type { RenderedPdf } from '../../../shared/contract';
import { useT } from '../../i18n';
import { warmPdfJs, type PDFDocumentProxy, type RenderTask } from './pdfjs';
import { takePdf } from './preopen';

interface Props {
  pdf: RenderedPdf | null;
  /** A newer PDF is on its way: show the spinner over the current pages. */
  busy: boolean;
  /** A new document's first page is on screen (the editor's plan panel follows then, not before). */
  onFirstPage?: () => void;
}

interface Shown {
  pdf: RenderedPdf;
  /** Counts the documents shown (1, 2, …): a drawn page says which one it shows (data-drawn). */
  serial: number;
  doc: PDFDocumentProxy;
  /** Page sizes in PDF points. */
  sizes: { width: number; height: number }[];
}

/** The documents opened so far in this window (for `data-drawn`, read by tests/bench/preview-ui.bench.ts). */
let opened = 0;

/** How long a page just out of view waits, so the pages in view are drawn first. */
const OFFSCREEN_DELAY_MS = 150;

/**
 * Marks how far the newest preview got (`preview:received`, `:opened`, `:page1`, `:draw-start`,
 * `:drawn`), one mark of each at a time; tests/bench/preview-ui.bench.ts reads them.
 */
function stage(name: string): void {
  performance.clearMarks(`preview:${name}`);
  performance.mark(`preview:${name}`);
}

const GAP = 16;
const PAD = 20;
const MAX_PAGE_WIDTH = 700;

/**
 * The booklet as pdf.js draws it: one canvas per page, drawn only near the visible part of the
 * scroller and released when far from it, so a 28-page booklet stays light. A new PDF is drawn
 * off-screen page by page and replaces the old pages only when ready: no flashing while editing.
 */
export function PdfPreview({ pdf, busy, onFirstPage }: Props) {
  const t = useT();
  const [shown, setShown] = useState<Shown | null>(null);
  /** The PDF pdf.js could not open (then the pages already shown stay). */
  const [failedFor, setFailedFor] = useState<RenderedPdf | null>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const width = useContentWidth(scroller);

  // pdf.js and its worker start while main renders the first preview.
  useEffect(warmPdfJs, []);

  // Opening starts at the commit that brings the PDF, not a frame later (the editor's render is large).
  useLayoutEffect(() => {
    if (!pdf) return;
    let cancelled = false;
    (async () => {
      stage('received');
      const doc = await takePdf(pdf.pdfBase64);
      // A booklet is one paper size throughout: page 1 sizes every placeholder, so the first page is
      // drawn without waiting for the others to be read.
      stage('opened');
      const first = (await doc.getPage(1)).getViewport({ scale: 1 });
      stage('page1');
      if (cancelled) {
        void doc.destroy();
        return;
      }
      const sizes = Array.from({ length: doc.numPages }, () => ({ width: first.width, height: first.height }));
      setShown({ pdf, doc, sizes, serial: ++opened });
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
                serial={shown.serial}
                index={index}
                count={shown.sizes.length}
                width={pageWidth}
                height={Math.round((pageWidth * size.height) / size.width)}
                scroller={scroller}
                {...(index === 0 && onFirstPage ? { onDrawn: onFirstPage } : {})}
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
  serial: number;
  index: number;
  count: number;
  width: number;
  height: number;
  scroller: RefObject<HTMLDivElement | null>;
  onDrawn?: () => void;
}

function PdfPage({ doc, serial, index, count, width, height, scroller, onDrawn }: PageProps) {
  const t = useT();
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const view = useView(frame, scroller);
  const near = view !== 'far';
  // Read when drawing starts: moving between in view and near must not draw the page again.
  const viewNow = useRef(view);
  useEffect(() => {
    viewNow.current = view;
  }, [view]);
  const [text, setText] = useState('');
  const drawn = useRef(onDrawn);
  useEffect(() => {
    drawn.current = onDrawn;
  }, [onDrawn]);

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
      // The pages in view first: one just out of view waits for them (pdf.js draws one page at a time).
      if (viewNow.current === 'near') await new Promise((resolve) => setTimeout(resolve, OFFSCREEN_DELAY_MS));
      if (cancelled) return;
      const page = await doc.getPage(index + 1);
      if (cancelled) return;
      const ratio = window.devicePixelRatio || 1;
      const viewport = page.getViewport({ scale: (width / page.getViewport({ scale: 1 }).width) * ratio });
      const off = document.createElement('canvas');
      off.width = Math.ceil(viewport.width);
      off.height = Math.ceil(viewport.height);
      if (index === 0) stage('draw-start');
      task = page.render({ canvas: off, viewport });
      await task.promise;
      if (cancelled) return;
      if (index === 0) stage('drawn');
      target.width = off.width;
      target.height = off.height;
      target.getContext('2d')?.drawImage(off, 0, 0);
      // Which document the canvas shows, and when it was painted (the preview's speed is measured by it).
      requestAnimationFrame(() => {
        const el = frame.current;
        if (!el || cancelled) return;
        el.dataset.drawn = String(serial);
        el.dataset.drawnAt = String(performance.now());
        drawn.current?.();
      });
      const content = await page.getTextContent();
      if (!cancelled) setText(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
    })().catch(() => {
      // Cancelled (a newer PDF or a scroll away) or a destroyed document: the next run draws it.
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, serial, index, width, near]);

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

type View = 'in' | 'near' | 'far';

/** Whether `target` is in the scroller's visible part, within about a screen of it, or farther. */
function useView(target: RefObject<HTMLElement | null>, root: RefObject<HTMLElement | null>): View {
  // Without IntersectionObserver (old engines, tests) every page counts as in view.
  const [inView, setInView] = useState(() => typeof IntersectionObserver === 'undefined');
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const el = target.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const watch = (margin: string, set: (value: boolean) => void) => {
      const observer = new IntersectionObserver((entries) => set(entries.some((e) => e.isIntersecting)), {
        root: root.current,
        rootMargin: margin,
      });
      observer.observe(el);
      return observer;
    };
    const observers = [watch('0px', setInView), watch('100% 0px', setNear)];
    return () => observers.forEach((o) => o.disconnect());
  }, [target, root]);
  return inView ? 'in' : near ? 'near' : 'far';
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
