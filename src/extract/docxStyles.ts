import { applyRunProperty, isShading, type RunFormat } from './docxRunFormat.ts';
import { scanWordXml, type WordXmlTag } from './wordXmlScanner.ts';

/*
 * What `word/styles.xml` says about text: the run formatting each style sets (a style can hide text or colour
 * it white as well as direct formatting can, and sets headings bold and large), which paragraph and table
 * styles shade what they apply to, and which paragraph styles are outline levels (headings). Table styles' own run formatting is not resolved: it is only ever read as shading, so
 * white text on a styled table's dark header row stays.
 */

interface Style {
  id: string;
  type: string;
  basedOn?: string;
  run: RunFormat;
  /** For a paragraph style: shading in its paragraph properties. For a table style: shading anywhere in it. */
  shaded?: boolean;
  /** For a paragraph style: `w:outlineLvl`, which makes its paragraphs headings of the document's outline. */
  outlineLevel?: number;
}

interface ResolvedStyle {
  run: RunFormat;
  shaded: boolean;
  outlineLevel?: number;
}

const UNSTYLED: ResolvedStyle = { run: {}, shaded: false };
/** `w:outlineLvl` 9 is body text; 0–8 are the outline's levels. */
const BODY_TEXT_LEVEL = 9;

export interface DocxStyles {
  /**
   * The run formatting a run inherits from the document defaults, its paragraph's style and its own character
   * style, in that order (each style after the styles it is based on); undefined ids mean the default styles.
   */
  inheritedRunFormat(paragraphStyleId: string | undefined, characterStyleId: string | undefined): RunFormat;
  paragraphShaded(paragraphStyleId: string | undefined): boolean;
  /** The outline level (0–8) a paragraph style gives its paragraphs, which makes them headings; undefined for body text. */
  outlineLevel(paragraphStyleId: string | undefined): number | undefined;
  /** Whether a table style shades any cell, row or part of the table. */
  tableShaded(tableStyleId: string | undefined): boolean;
}

/** Reads the styles part (absent: no styles). Linear in its length; `w:basedOn` cycles are cut. */
export function readDocxStyles(xml: string | undefined): DocxStyles {
  const styles = new Map<string, Style>();
  const defaults = new Map<string, string>();
  const documentDefaults: RunFormat = {};
  let current: Style | undefined;

  if (xml !== undefined) {
    scanWordXml(xml, {
      open(tag) {
        const parent = tag.ancestors.at(-1);
        const grandparent = tag.ancestors.at(-2);
        if (tag.name === 'w:style' && parent === 'w:styles') {
          const id = tag.attribute('w:styleId');
          const type = tag.attribute('w:type') ?? 'paragraph';
          current = { id: id ?? '', type, run: {} };
          if (id === undefined || styles.has(id)) return;
          styles.set(id, current);
          const isDefault = tag.attribute('w:default');
          if ((isDefault === '1' || isDefault === 'true' || isDefault === 'on') && !defaults.has(type)) defaults.set(type, id);
        } else if (parent === 'w:rPr' && grandparent === 'w:rPrDefault') {
          applyRunProperty(documentDefaults, tag);
        } else if (current !== undefined) {
          readStyleProperty(current, tag, parent, grandparent);
        }
      },
      close(name) {
        if (name === 'w:style') current = undefined;
      },
    });
  }

  const resolved = new Map<string, ResolvedStyle>();
  /** A style merged over the styles it is based on, each style resolved once (a long `w:basedOn` chain stays linear). */
  const resolve = (id: string | undefined, type: string): ResolvedStyle => {
    const pending: Style[] = [];
    const seen = new Set<string>();
    let next = id ?? defaults.get(type);
    for (; next !== undefined && !resolved.has(`${type}:${next}`) && !seen.has(next); next = styles.get(next)?.basedOn) {
      const style = styles.get(next);
      if (style === undefined || style.type !== type) break;
      seen.add(next);
      pending.push(style);
    }
    let base = (next !== undefined ? resolved.get(`${type}:${next}`) : undefined) ?? UNSTYLED;
    for (const style of pending.reverse()) {
      const outlineLevel = style.outlineLevel ?? base.outlineLevel;
      base = { run: { ...base.run, ...style.run }, shaded: base.shaded || style.shaded === true, ...(outlineLevel === undefined ? {} : { outlineLevel }) };
      resolved.set(`${type}:${style.id}`, base);
    }
    return base;
  };
  const inherited = new Map<string, RunFormat>();

  return {
    inheritedRunFormat(paragraphStyleId, characterStyleId) {
      const key = `${paragraphStyleId ?? ''}\u0000${characterStyleId ?? ''}`;
      let format = inherited.get(key);
      if (format === undefined) {
        format = { ...documentDefaults, ...resolve(paragraphStyleId, 'paragraph').run, ...resolve(characterStyleId, 'character').run };
        inherited.set(key, format);
      }
      return format;
    },
    paragraphShaded: (id) => resolve(id, 'paragraph').shaded,
    outlineLevel: (id) => resolve(id, 'paragraph').outlineLevel,
    tableShaded: (id) => resolve(id, 'table').shaded,
  };
}

/** Shading only ever makes white text visible, so a style that clears its base's shading is still read as shaded. */
function readStyleProperty(style: Style, tag: WordXmlTag, parent: string | undefined, grandparent: string | undefined): void {
  if (tag.name === 'w:basedOn' && parent === 'w:style') {
    const base = tag.attribute('w:val');
    if (base !== undefined) style.basedOn = base;
  } else if (style.type === 'table') {
    if (tag.name === 'w:shd' && isShading(tag)) style.shaded = true;
  } else if (parent === 'w:rPr' && grandparent === 'w:style') {
    applyRunProperty(style.run, tag);
  } else if (tag.name === 'w:shd' && parent === 'w:pPr' && grandparent === 'w:style' && isShading(tag)) {
    style.shaded = true;
  } else if (tag.name === 'w:outlineLvl' && parent === 'w:pPr' && grandparent === 'w:style') {
    const level = Number(tag.attribute('w:val'));
    if (Number.isInteger(level) && level >= 0 && level < BODY_TEXT_LEVEL) style.outlineLevel = level;
  }
}
