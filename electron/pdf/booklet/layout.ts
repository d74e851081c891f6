/*
 * The page frame and the flow of blocks down the pages. Every block is measured before it is
 * drawn, so the flow can keep a step with its picture, a heading with its first lines and a
 * calendar row in one piece (booklet-design.md "Page"); only text blocks may split, and then
 * never leaving a single line behind. Everything drawn is either tagged structure or an artifact,
 * so screen readers get the text in reading order (tagged PDF).
 */
import type { FontSet } from '../kit/fonts';
import { type Frame, frameOf } from '../kit/frame';
import { Metrics } from '../kit/metrics';
import { artifact, type StructOptions, StructureTree } from '../kit/tagging';
import { Stamps } from './stamps';
import { FOOTER_HEIGHT, MARGIN, PAGE_SIZES } from './theme';
import type { Paper } from '../../../shared/contract/care-plans';

export type { Frame } from '../kit/frame';

export function frameFor(paper: Paper): Frame {
  return frameOf(PAGE_SIZES[paper], MARGIN, FOOTER_HEIGHT);
}

export interface Block {
  /** Height in points, without `space`. */
  readonly height: number;
  /** Gap above the block; dropped at the top of a page. */
  readonly space: number;
  /** What must fit for the block to start on this page: its first lines, or all of it. */
  readonly minStart: number;
  /** Keep on the same page as the start of the next block (headings, a step and its note). */
  readonly keepWithNext?: boolean;
  /** Starts a new page unless the page is still empty. */
  readonly pageBreakBefore?: boolean;
  /** Starts a new page when less than this is left (a section should not open at a page's foot). */
  readonly needsSpace?: number;
  draw(y: number): void;
  /** A head that fits `avail` and the rest; null when it cannot split there. */
  split?(avail: number): [Block, Block] | null;
}

type Box0 = { x: number; y: number; w: number; h: number };

const EPS = 0.01;

/**
 * Booklet text keeps hyphenated words whole ("knock-knees", "toilet-paper"): a parent reads on
 * without a broken word, and a search of the PDF finds it.
 */
export const BOOKLET_BREAKING = { wholeWords: true } as const;

export class Layout {
  readonly metrics: Metrics;
  readonly stamps: Stamps;
  y: number;
  private readonly tree: StructureTree;
  private pages = 0;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly fonts: FontSet,
    readonly frame: Frame,
    private readonly pageSize: string,
  ) {
    this.metrics = new Metrics(fonts, BOOKLET_BREAKING);
    this.stamps = new Stamps(doc);
    this.tree = new StructureTree(doc, true);
    this.y = frame.top;
  }

  get pageCount(): number {
    return this.pages;
  }

  get remaining(): number {
    return this.frame.bottom - this.y;
  }

  get atPageTop(): boolean {
    return this.y <= this.frame.top + EPS;
  }

  newPage(): void {
    this.doc.addPage({ size: this.pageSize, margins: { top: 0, bottom: 0, left: 0, right: 0 } });
    this.pages++;
    this.y = this.frame.top;
  }

  /**
   * Opens a tagged section; the booklet's structure is Document > Sect > H1/P/Figure, under one
   * Document element (tagging.ts).
   */
  beginSection(title: string): void {
    this.tree.beginSection(title);
  }

  endSection(): void {
    this.tree.endSection();
  }

  /** Closes the last section and the Document element: nothing more is tagged after this. */
  endDocument(): void {
    this.tree.endDocument();
  }

  /** Draws content as one structure element (P, H1, Figure...) of the current section. */
  tag(type: string, draw: () => void, options: StructOptions = {}): void {
    this.tree.tag(type, draw, options);
  }

  /** Decoration that carries no meaning of its own (frames, tints, rules): not read aloud. */
  artifact(draw: () => void): void {
    artifact(this.doc, draw);
  }

  /**
   * A drawing that depends only on `key` and the box size, placed from the process-wide stamp
   * (stamps.ts). Room around the box lets marks overhang it a little without being cut.
   */
  drawing(key: string, box: { x: number; y: number; w: number; h: number }, draw: (box: Box0) => void): void {
    const { w, h } = box;
    this.stamps.place(
      `${key}@${Math.round(w * 10)}x${Math.round(h * 10)}`,
      box.x,
      box.y,
      [-40, -40, w + 40, h + 40],
      () => draw({ x: 0, y: 0, w, h }),
    );
  }

  /** Places blocks down the pages in order, splitting or breaking pages where they must. */
  flow(blocks: readonly Block[]): void {
    for (let i = 0; i < blocks.length; i++) {
      const block = blocks[i]!;
      if (block.pageBreakBefore && !this.atPageTop) this.newPage();
      if (block.needsSpace && !this.atPageTop && this.remaining < block.needsSpace) this.newPage();
      if (!this.atPageTop && this.startHeight(blocks, i) > this.remaining + EPS) this.newPage();
      this.place(block);
    }
  }

  /** Height needed to start blocks[i] here: with every block it keeps with, up to the next one's start. */
  private startHeight(blocks: readonly Block[], i: number): number {
    let need = blocks[i]!.space;
    let j = i;
    while (blocks[j]!.keepWithNext && j + 1 < blocks.length) {
      need += blocks[j]!.height + blocks[j + 1]!.space;
      j++;
    }
    return need + blocks[j]!.minStart;
  }

  private place(first: Block): void {
    let block = first;
    for (;;) {
      const space = this.atPageTop ? 0 : block.space;
      if (space + block.height <= this.remaining + EPS) {
        block.draw(this.y + space);
        this.y += space + block.height;
        return;
      }
      const avail = this.remaining - space;
      const parts = block.split && avail >= block.minStart - EPS ? block.split(avail) : null;
      if (parts) {
        parts[0].draw(this.y + space);
        this.newPage();
        block = parts[1];
        continue;
      }
      if (!this.atPageTop) {
        this.newPage();
        continue;
      }
      // Taller than a whole page and unsplittable: the section builders size blocks to avoid this.
      block.draw(this.y);
      this.y += block.height;
      return;
    }
  }
}
