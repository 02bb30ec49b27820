import { applyRunProperty, hiddenRunKind, isShading, type HiddenRunKind, type RunFormat } from './docxRunFormat.ts';
import type { DocxStyles } from './docxStyles.ts';
import type { HiddenText } from '../document/types.ts';
import { decodeXmlText, scanWordXml, type WordXmlTag } from './wordXmlScanner.ts';

/*
 * Cuts the runs a reader cannot see out of a WordprocessingML part before anything reads its text: runs
 * formatted hidden, white on an unpainted page, or too small to read (directly or by style). One linear pass;
 * a run is judged when it ends, by the first `w:rPr` it holds (as mammoth reads it) over what its styles set.
 */

const SAMPLE_CHARS = 60;
const REPORT_ORDER: readonly HiddenRunKind[] = ['hidden-formatting', 'white-text', 'tiny-text'];

interface KindTotal {
  chars: number;
  sample: string;
  lastParagraph: number;
}

/** What was cut, by kind, across every part of one document. */
export class HiddenTextTally {
  private readonly totals = new Map<HiddenRunKind, KindTotal>();
  private paragraphs = 0;

  /** A serial for each paragraph, so that a sample joins text cut from one paragraph without a space. */
  nextParagraph(): number {
    this.paragraphs += 1;
    return this.paragraphs;
  }

  add(kind: HiddenRunKind, chars: number, sample: string, paragraph: number): void {
    const total = this.totals.get(kind) ?? { chars: 0, sample: '', lastParagraph: paragraph };
    total.chars += chars;
    if (total.sample.length < SAMPLE_CHARS) {
      total.sample = (total.sample + (total.lastParagraph === paragraph ? '' : ' ') + sample).slice(0, 2 * SAMPLE_CHARS);
    }
    total.lastParagraph = paragraph;
    this.totals.set(kind, total);
  }

  report(): HiddenText[] {
    return REPORT_ORDER.flatMap((kind) => {
      const total = this.totals.get(kind);
      return total === undefined ? [] : [{ kind, chars: total.chars, sample: total.sample.replace(/\s+/g, ' ').trim().slice(0, SAMPLE_CHARS).trimEnd() }];
    });
  }
}

/**
 * Whether anything may be painted behind a part's text where the text cannot tell: a page colour
 * (`w:background`), a floating drawing (`wp:anchor`, which can sit behind text), or a VML picture (`w:pict`).
 * White text is then left alone, since it may be what the reader sees on a coloured band.
 */
export function mayPaintBehindText(xml: string): boolean {
  let found = false;
  scanWordXml(xml, {
    open({ name }) {
      if (name === 'w:background' || name === 'w:pict' || name === 'anchor' || name.endsWith(':anchor')) found = true;
    },
  });
  return found;
}

interface ContainerFrame {
  name: 'w:tbl' | 'w:tr' | 'w:tc' | 'w:txbxContent';
  /** Paints behind what it holds (a table: by its style or its own properties; a text box: always). */
  shaded: boolean;
}

interface ParagraphFrame {
  name: 'w:p';
  shaded: boolean;
  styleId: string | undefined;
  directShading?: boolean;
  serial: number;
}

interface RunFrame {
  name: 'w:r';
  /** A run's own shading is part of its format. */
  shaded: false;
  start: number;
  styleId: string | undefined;
  format: RunFormat;
  /** `w:rPr` children seen: only the first sets the run's formatting. */
  propertySets: number;
  chars: number;
  /** Whether any character of its text draws something: a run of spaces is never cut, lest words run together. */
  inked: boolean;
  /** The start of its text, for the sample. */
  text: string;
  paragraph: number;
}

type Frame = ContainerFrame | ParagraphFrame | RunFrame;

const CONTAINERS = new Set<string>(['w:tbl', 'w:tr', 'w:tc', 'w:p', 'w:r', 'w:txbxContent'] satisfies Frame['name'][]);
const isContainer = (name: string): name is Frame['name'] => CONTAINERS.has(name);

/** Where each kind of container keeps the properties whose `w:shd` paints behind its content. */
const SHADING_PROPERTIES: Partial<Record<Frame['name'], string>> = { 'w:tbl': 'w:tblPr', 'w:tr': 'w:tblPrEx', 'w:tc': 'w:tcPr', 'w:p': 'w:pPr' };

/**
 * The part without its hidden runs, each cut counted in `tally`. `whiteCanShow` is true when something
 * outside the runs' reach (see `mayPaintBehindText`) may make white text visible anywhere in the document.
 */
export function removeHiddenRuns(xml: string, styles: DocxStyles, whiteCanShow: boolean, tally: HiddenTextTally): string {
  const frames: Frame[] = [];
  const paragraphs: ParagraphFrame[] = [];
  const runs: RunFrame[] = [];
  const cuts: { start: number; end: number }[] = [];
  // Open containers behind whose content something is painted: white text inside any of them can show.
  let painted = 0;
  let textDepth = 0;

  const setShaded = (frame: ContainerFrame | ParagraphFrame, shaded: boolean) => {
    if (frame.shaded !== shaded) painted += shaded ? 1 : -1;
    frame.shaded = shaded;
  };

  const openFrame = (name: Frame['name'], start: number) => {
    if (name === 'w:p') {
      const paragraph: ParagraphFrame = { name, shaded: false, styleId: undefined, serial: tally.nextParagraph() };
      setShaded(paragraph, styles.paragraphShaded(undefined));
      paragraphs.push(paragraph);
      frames.push(paragraph);
    } else if (name === 'w:r') {
      const run: RunFrame = { name, shaded: false, start, styleId: undefined, format: {}, propertySets: 0, chars: 0, inked: false, text: '', paragraph: paragraphs.at(-1)?.serial ?? 0 };
      runs.push(run);
      frames.push(run);
    } else {
      const frame: ContainerFrame = { name, shaded: false };
      // A text box has a fill of its own, which nothing in its text tells.
      setShaded(frame, name === 'w:txbxContent' || (name === 'w:tbl' && styles.tableShaded(undefined)));
      frames.push(frame);
    }
  };

  const readProperty = (owner: Frame, parent: string, tag: WordXmlTag) => {
    const grandparent = tag.ancestors.at(-2);
    if (owner.name === 'w:r') {
      if (tag.name === 'w:rPr' && parent === 'w:r') owner.propertySets += 1;
      else if (parent !== 'w:rPr' || grandparent !== 'w:r' || owner.propertySets !== 1) return;
      else if (tag.name === 'w:rStyle') owner.styleId = tag.attribute('w:val');
      else applyRunProperty(owner.format, tag);
    } else if (owner.name === 'w:p') {
      if (parent !== 'w:pPr' || grandparent !== 'w:p') return;
      if (tag.name === 'w:pStyle') owner.styleId = tag.attribute('w:val');
      else if (tag.name === 'w:shd') owner.directShading = isShading(tag);
      else return;
      setShaded(owner, owner.directShading ?? styles.paragraphShaded(owner.styleId));
    } else if (owner.name === 'w:tbl' && tag.name === 'w:tblStyle' && parent === 'w:tblPr') {
      setShaded(owner, owner.shaded || styles.tableShaded(tag.attribute('w:val')));
    } else if (tag.name === 'w:shd' && parent === SHADING_PROPERTIES[owner.name] && grandparent === owner.name && isShading(tag)) {
      setShaded(owner, true);
    }
  };

  const closeRun = (end: number) => {
    const run = runs.pop();
    if (run === undefined) return;
    const paragraph = paragraphs.at(-1);
    const format = { ...styles.inheritedRunFormat(paragraph?.styleId, run.styleId), ...run.format };
    const kind = run.inked ? hiddenRunKind(format, whiteCanShow || painted > 0) : null;
    const enclosing = runs.at(-1);
    if (kind === null) {
      // A run nested in this one (in a text box it anchors) that was not cut goes if this one goes.
      if (enclosing !== undefined) {
        enclosing.chars += run.chars;
        enclosing.inked ||= run.inked;
        if (enclosing.text.length < SAMPLE_CHARS) enclosing.text += run.text;
      }
      return;
    }
    tally.add(kind, run.chars, run.text, run.paragraph);
    while ((cuts.at(-1)?.start ?? -1) >= run.start) cuts.pop();
    cuts.push({ start: run.start, end });
  };

  scanWordXml(xml, {
    open(tag) {
      const parent = tag.ancestors.at(-1);
      const owner = frames.at(-1);
      if (isContainer(tag.name)) openFrame(tag.name, tag.start);
      else if (tag.name === 'w:t') textDepth += 1;
      else if (owner !== undefined && parent !== undefined) readProperty(owner, parent, tag);
    },
    close(name, _start, end) {
      if (name === 'w:t') textDepth = Math.max(0, textDepth - 1);
      const frame = frames.at(-1);
      if (frame === undefined || frame.name !== name) return;
      frames.pop();
      if (frame.name === 'w:r') closeRun(end);
      else setShaded(frame, false);
      if (frame.name === 'w:p') paragraphs.pop();
    },
    text(start, end) {
      const run = runs.at(-1);
      if (textDepth === 0 || run === undefined) return;
      const text = decodeXmlText(xml.slice(start, end));
      run.chars += text.length;
      run.inked ||= /\S/.test(text);
      if (run.text.length < SAMPLE_CHARS) run.text += text.slice(0, SAMPLE_CHARS);
    },
  });

  if (cuts.length === 0) return xml;
  let kept = '';
  let from = 0;
  for (const cut of cuts) {
    kept += xml.slice(from, cut.start);
    from = cut.end;
  }
  return kept + xml.slice(from);
}
