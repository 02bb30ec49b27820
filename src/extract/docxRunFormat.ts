import type { HiddenTextKind } from '../document/types.ts';
import type { WordXmlTag } from './wordXmlScanner.ts';

/*
 * The run properties (`w:rPr`) that decide whether a reader can see a run's text, and whether it stands out
 * from the body text (weight, size) as a heading does. A property left unset
 * (undefined) is inherited: from the character style, the paragraph style, the document defaults.
 */

export interface RunFormat {
  /** `w:vanish`: Word shows the text only with formatting marks on, and never prints it. */
  vanish?: boolean;
  /** `w:color`'s value: six hex digits, or "auto". */
  color?: string;
  /** `w:sz`, in half-points. */
  halfPoints?: number;
  /** A highlight behind the text (`w:highlight`), which white text shows against. */
  highlighted?: boolean;
  /** Shading behind the text (`w:shd`), which white text shows against. */
  shaded?: boolean;
  /** `w:b`: bold. */
  bold?: boolean;
}

export type HiddenRunKind = Extract<HiddenTextKind, 'hidden-formatting' | 'white-text' | 'tiny-text'>;

/** Text at most this size, in half-points (1.5 pt, where a resume is set in 10–12 pt), cannot be read. */
export const MAX_TINY_HALF_POINTS = 3;

/** Each channel at least this (of 255): white or a white no one tells from it on a white page. */
const MIN_NEAR_WHITE_CHANNEL = 0xf0;

/** ST_OnOff: the element alone means on. */
function isOn(value: string | undefined): boolean {
  return value !== '0' && value !== 'false' && value !== 'off';
}

function isNearWhite(color: string | undefined): boolean {
  if (color === undefined || !/^[0-9a-f]{6}$/i.test(color)) return false;
  return [0, 2, 4].every((at) => parseInt(color.slice(at, at + 2), 16) >= MIN_NEAR_WHITE_CHANNEL);
}

/**
 * Whether a `w:shd` paints something other than white behind text: a fill colour, or a pattern (`w:val`
 * other than clear or nil) drawn in a colour ("auto" draws black).
 */
export function isShading(shading: WordXmlTag): boolean {
  const fill = shading.attribute('w:fill');
  if (fill !== undefined && fill !== 'auto' && !isNearWhite(fill)) return true;
  const pattern = shading.attribute('w:val');
  return pattern !== undefined && pattern !== 'clear' && pattern !== 'nil' && !isNearWhite(shading.attribute('w:color'));
}

/** Records a property element found directly inside a `w:rPr`; other elements leave the format as it is. */
export function applyRunProperty(format: RunFormat, property: WordXmlTag): void {
  switch (property.name) {
    case 'w:vanish':
      format.vanish = isOn(property.attribute('w:val'));
      return;
    case 'w:b':
      format.bold = isOn(property.attribute('w:val'));
      return;
    case 'w:color': {
      const color = property.attribute('w:val');
      if (color !== undefined) format.color = color;
      return;
    }
    case 'w:sz': {
      const halfPoints = property.attribute('w:val');
      if (halfPoints !== undefined && /^[0-9]{1,6}$/.test(halfPoints)) format.halfPoints = Number(halfPoints);
      return;
    }
    case 'w:highlight': {
      const highlight = property.attribute('w:val');
      format.highlighted = highlight !== undefined && highlight !== 'none';
      return;
    }
    case 'w:shd':
      format.shaded = isShading(property);
  }
}

/**
 * Why a run's text cannot be seen, or null when it can. White text counts only when `whiteCanShow` is false:
 * nothing outside the run (paragraph, cell or table shading, a text box, a page colour, a drawing behind the
 * text) may be painted behind it.
 */
export function hiddenRunKind(format: RunFormat, whiteCanShow: boolean): HiddenRunKind | null {
  if (format.vanish === true) return 'hidden-formatting';
  if (!whiteCanShow && format.highlighted !== true && format.shaded !== true && isNearWhite(format.color)) return 'white-text';
  if (format.halfPoints !== undefined && format.halfPoints >= 1 && format.halfPoints <= MAX_TINY_HALF_POINTS) return 'tiny-text';
  return null;
}
