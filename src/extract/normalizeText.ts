import type { NormalizedText } from './types.ts';

/*
 * Repairs what PDF, DOCX, TXT and pasted text do to words, so that every source reads the way an ATS
 * tokenizes it. Unicode policy: NFC everywhere (it never changes what a character means); NFKC only on
 * the Latin ligatures (ﬁ → fi, counted), the full-width and half-width forms (ＧＯ → GO) and the Arabic
 * presentation forms, which are glyph variants of ordinary letters. Full NFKC is avoided because it
 * rewrites meaningful symbols: ™ → TM, ² → 2 (m² → m2), ½ → 1/2, … → ...
 */

/** What ends a line in any source; raw line i (for geometry) is the i-th piece of the input split on this. */
export const RAW_LINE_BREAK = /\r\n?|[\n\f\v\u2028\u2029]/g;

const LIGATURES = /[\uFB00-\uFB06]/g;
const COMPATIBILITY_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFE\uFF01-\uFFEE]+/g;
/** Spaces an ATS may not split words on. */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
/**
 * A tab, or three spaces or more, between words: the line's pieces were set apart, not written as one run of
 * words (a name and its contact block, a role and its dates). Two spaces are a sentence's or a letter-spaced
 * heading's word gap. Each run of blanks is read once, so a line of them costs one pass.
 */
const BLANKS = /[ \t]{2,}|\t/g;
const isPieceGap = (blanks: string) => blanks.includes('\t') || blanks.length >= 3;
/**
 * Characters that draw nothing or reorder what is drawn: zero-width space, non-joiner and joiner, word joiner,
 * invisible operators, BOMs, and the bidi marks, embeddings, overrides and isolates. Left in, they split a
 * word an ATS searches for ("Ja\u200Bva") or make the text read ("avaJ") differ from the text shown ("Java"),
 * both tricks a recruiter penalises. Removed, and counted for the `hidden-text` warning.
 */
const INVISIBLES = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const C0_CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F]/g;
/** C1 controls, private-use glyphs (icon fonts, unmapped symbols) and U+FFFD: text nobody can read. */
const UNDECODABLE = /[\u0080-\u009F\uE000-\uF8FF\uFFFD\u{F0000}-\u{10FFFF}]/gu;

/**
 * Bullet and icon glyphs that start a list item. Symbol and Wingdings fonts put theirs in the private use
 * area (U+F0B7 is Word's default bullet), so those are recognised before private-use glyphs are dropped.
 * Marks that also occur as ordinary text (- * + – · →) count only when a space follows.
 */
const BULLET_AT_LINE_START =
  /^[ \t]*(?:[•●▪▫◦‣∙➢➣➤➔➜➝➞⮚►▸▹▶■□◆◇♦❖✓✔✗✦✧★☆○◉◘⦿❯›»⁃\uF0B7\uF0A7\uF0A8\uF076\uF0D8\uF0FC\uF06C\uF06E\uF0E0\uF0D2]+[ \t]*|[-*+–·→][ \t]+)/gm;
/**
 * A Symbol or Wingdings bullet whose font maps it to a plain "o" (a hollow circle on the page, the letter in
 * the text). "o" opens no English sentence, but it is a word in other languages, so it counts as a marker
 * only when several lines open with it: a list, not a sentence.
 */
const LETTER_O_MARKER = /^[ \t]*o[ \t]+(?=\S)/;
const MIN_LETTER_O_MARKERS = 2;

const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;

/**
 * Second halves of hyphenated compounds that resumes use: "event-\ndriven" stays "event-driven" instead of
 * becoming "eventdriven".
 */
const COMPOUND_ENDINGS = new Set([
  'aware', 'based', 'bound', 'centric', 'critical', 'driven', 'end', 'facing', 'first', 'focused', 'free',
  'friendly', 'grade', 'level', 'like', 'managed', 'native', 'oriented', 'owned', 'party', 'ready', 'related',
  'safe', 'scale', 'side', 'source', 'specific', 'stack', 'term', 'time', 'tolerant', 'wide',
]);
/** No word of any language a resume is written in is longer; a longer "word" is never rejoined. */
const MAX_WORD_LENGTH = 64;
/** First halves that only ever form compounds: "self-\nhosted" stays "self-hosted". */
const COMPOUND_STARTS = new Set(['cross', 'full', 'multi', 'non', 'part', 'real', 'self', 'semi', 'well']);

/**
 * Normalizes text from any source (PDF, DOCX, TXT, paste) into what an ATS reads: one trimmed line per
 * line, single spaces, "• " list items, at most one blank line in a row, and counts of what was repaired.
 *
 * Hyphenation rule: a line ending in a letter and "-" is joined with the next line's first word when that
 * word starts with a lower-case letter. The hyphen is dropped ("distri-\nbuted" → "distributed") unless the
 * halves look like a compound: either half already holds a hyphen ("state-of-the-\nart", "add-\nto-cart"), or either half
 * is in a short list of compound parts ("event-\ndriven", "self-\nhosted"); then it stays. A capital, digit
 * or bullet after the break never joins. A soft hyphen (U+00AD) before a break always joins, without hyphen.
 * The joined word moves up to the first line, so lines stay lines.
 */
export function normalizeText(input: string): NormalizedText {
  let ligaturesRepaired = 0;
  let undecodableChars = 0;
  let invisibleChars = 0;

  // Every step up to the hyphenation join keeps lines as lines, so output lines can name their source line.
  const text = input
    .replace(RAW_LINE_BREAK, '\n')
    .normalize('NFC')
    .replace(LIGATURES, (ligature) => {
      ligaturesRepaired += 1;
      return ligature.normalize('NFKC');
    })
    .replace(COMPATIBILITY_FORMS, (forms) => forms.normalize('NFKC'))
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLES, () => {
      invisibleChars += 1;
      return '';
    })
    .replace(C0_CONTROLS, '')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(BULLET_AT_LINE_START, '• ')
    .replace(UNDECODABLE, () => {
      undecodableChars += 1;
      return '';
    });

  const rawLines = text.split('\n');
  const letterOList = rawLines.filter((line) => LETTER_O_MARKER.test(line)).length >= MIN_LETTER_O_MARKERS;
  // Until the end a tab stands between a line's pieces; letter-spaced words are told apart by their gaps first,
  // as three spaces between them are a word gap, not a piece gap ("S K I L L S   &   T O O L S").
  const lines = rawLines.map((line) =>
    (letterOList ? line.replace(LETTER_O_MARKER, '• ') : line)
      .trim()
      .split('\t')
      .map((piece) => collapseLetterSpacing(piece.trim()))
      .join('\t')
      .replace(BLANKS, (blanks) => (isPieceGap(blanks) ? '\t' : ' ')),
  );
  const joined = joinHyphenatedWords(lines);

  // At most one blank line in a row, none at either end.
  const out: string[] = [];
  const lineSources: number[] = [];
  const pieceStarts: number[][] = [];
  joined.lines.forEach((line, i) => {
    // Soft hyphens go only now (the join reads them at line ends), and may leave spaces to tidy.
    const pieces = line
      .replace(/\u00AD/g, '')
      .split('\t')
      .map((piece) => piece.replace(/ {2,}/g, ' ').trim())
      .filter((piece) => piece !== '');
    const clean = pieces.join(' ');
    if (clean === '' && (out.length === 0 || out.at(-1) === '')) return;
    out.push(clean);
    lineSources.push(joined.sources[i] ?? 0);
    const starts: number[] = [];
    let at = 0;
    for (const piece of pieces) {
      if (at > 0) starts.push(at);
      at += piece.length + 1;
    }
    pieceStarts.push(starts);
  });
  if (out.at(-1) === '') {
    out.pop();
    lineSources.pop();
    pieceStarts.pop();
  }

  return {
    text: out.join('\n'),
    lineSources,
    pieceStarts,
    ligaturesRepaired,
    hyphenationsJoined: joined.hyphenationsJoined,
    undecodableChars,
    invisibleChars,
  };
}

/**
 * Normalized text as its pieces, line by line: each line cut where a tab or a run of spaces set its parts
 * apart. A running header's name and its contact details, or its page number, are not one line of words.
 */
export function textPieces({ text, pieceStarts }: NormalizedText): string[] {
  return text.split('\n').flatMap((line, i) => {
    const starts = [0, ...(pieceStarts[i] ?? [])];
    return starts.map((start, k) => line.slice(start, (starts[k + 1] ?? line.length + 1) - 1)).filter((piece) => piece !== '');
  });
}

/**
 * "E X P E R I E N C E" → "EXPERIENCE", "W O R K  H I S T O R Y" → "WORK HISTORY": a line made only of
 * single characters separated by single spaces, with two or more spaces between words. At least three
 * letters, so "A B" (two initials) stays as it is.
 */
export function collapseLetterSpacing(line: string): string {
  const words = line.split(/ {2,}/);
  const spaced = words.every((word) => /^\S(?: \S)*$/u.test(word));
  const letters = line.match(/\p{L}/gu)?.length ?? 0;
  if (!spaced || letters < 3) return line;
  return words.map((word) => word.replace(/ /g, '')).join(' ');
}

/** Joins words hyphenated across lines; `sources[i]` is the input line that output line i comes from. */
function joinHyphenatedWords(lines: string[]): { lines: string[]; sources: number[]; hyphenationsJoined: number } {
  const out: string[] = [];
  const sources: number[] = [];
  let hyphenationsJoined = 0;
  lines.forEach((line, source) => {
    const previous = out.at(-1);
    const join = previous === undefined ? null : hyphenJoin(previous, line);
    if (join === null) {
      out.push(line);
      sources.push(source);
      return;
    }
    hyphenationsJoined += 1;
    out[out.length - 1] = join.joined;
    if (join.rest !== '') {
      out.push(join.rest);
      sources.push(source);
    }
  });
  return { lines: out, sources, hyphenationsJoined };
}

function hyphenJoin(previous: string, line: string): { joined: string; rest: string } | null {
  const next = /^(\p{Ll}\S*)(.*)$/u.exec(line);
  if (!next) return null;
  const [, fragment = '', rest = ''] = next;
  const restOfLine = rest.trimStart();
  const fragmentWord = /^[\p{L}\p{M}]*/u.exec(fragment)?.[0] ?? '';

  if (/\p{L}\u00AD$/u.test(previous)) return { joined: previous.slice(0, -1) + fragment, rest: restOfLine };

  // Only the line's last word is read, found by lastIndexOf: a pattern anchored at the end of the line
  // would be tried from every position of a long line, and backtrack at each.
  const lastWord = previous.slice(Math.max(previous.lastIndexOf(' '), previous.lastIndexOf('\t')) + 1);
  const broken = /^(\S*?)(\p{L}+)[-\u2010]$/u.exec(lastWord.length <= MAX_WORD_LENGTH ? lastWord : '');
  if (!broken) return null;
  const [, before = '', firstHalf = ''] = broken;
  const compound =
    /[-\u2010]/.test(before) ||
    /[-\u2010]/.test(fragment) ||
    COMPOUND_STARTS.has(firstHalf.toLowerCase()) ||
    COMPOUND_ENDINGS.has(fragmentWord);
  const joined = compound ? previous + fragment : previous.slice(0, -1) + fragment;
  return { joined, rest: restOfLine };
}
