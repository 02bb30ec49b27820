import { describe, expect, it } from 'vitest';
import { collapseLetterSpacing, normalizeText } from '../../src/extract/normalizeText.ts';

describe('normalizeText', () => {
  it('expands ligature glyphs and counts them', () => {
    expect(normalizeText('ﬁnancial workﬂow, oﬀer, eﬃcient, baﬄe, ﬅyle, ﬆack')).toEqual({
      text: 'financial workflow, offer, efficient, baffle, style, stack',
      lineSources: [0],
      pieceStarts: [[]],
      ligaturesRepaired: 7,
      hyphenationsJoined: 0,
      undecodableChars: 0,
      invisibleChars: 0,
    });
  });

  it('keeps meaningful compatibility symbols but folds full-width letters', () => {
    expect(normalizeText('Kafka™ for 10 m² offices… ½ day, ＧＯ ａｎｄ ＳＱＬ').text).toBe('Kafka™ for 10 m² offices… ½ day, GO and SQL');
  });

  it('composes decomposed accents (NFC)', () => {
    expect(normalizeText('Jose\u0301 Mu\u0308ller').text).toBe('José Müller');
  });

  it('removes soft hyphens inside words', () => {
    expect(normalizeText('distri\u00ADbuted sys\u00ADtems').text).toBe('distributed systems');
  });

  it('joins a word hyphenated across a line break, moving it to the first line', () => {
    expect(normalizeText('Built highly distri-\nbuted services, in Go.\nNext line')).toEqual({
      text: 'Built highly distributed\nservices, in Go.\nNext line',
      lineSources: [0, 1, 2],
      pieceStarts: [[], [], []],
      ligaturesRepaired: 0,
      hyphenationsJoined: 1,
      undecodableChars: 0,
      invisibleChars: 0,
    });
  });

  it('joins across a soft hyphen at a line break', () => {
    expect(normalizeText('Kuber\u00AD\nnetes clusters')).toMatchObject({ text: 'Kubernetes\nclusters', hyphenationsJoined: 1 });
  });

  it('keeps the hyphen of compounds split at a line break', () => {
    expect(normalizeText('event-\ndriven design').text).toBe('event-driven\ndesign');
    expect(normalizeText('self-\nhosted runners').text).toBe('self-hosted\nrunners');
    expect(normalizeText('state-of-the-\nart tooling').text).toBe('state-of-the-art\ntooling');
  });

  it('never joins before a capital, a digit or a bullet, nor after a dash between spaces', () => {
    const text = 'Acme Payments -\nSeattle\nscale-\nPostgres\nv-\n2 of them\nfull-\n• bullet\nGo -\nfast';
    expect(normalizeText(text)).toMatchObject({ text, hyphenationsJoined: 0 });
  });

  it('joins a fragment that is the whole next line and drops the emptied line', () => {
    expect(normalizeText('Go micro-\nservices').text).toBe('Go microservices');
  });

  it('collapses letter-spaced headings, with two or more spaces between words', () => {
    expect(normalizeText('E X P E R I E N C E\nW O R K  H I S T O R Y\nS K I L L S   &   T O O L S').text).toBe(
      'EXPERIENCE\nWORK HISTORY\nSKILLS & TOOLS',
    );
  });

  it('leaves ordinary lines with single letters alone', () => {
    expect(collapseLetterSpacing('A B')).toBe('A B');
    expect(collapseLetterSpacing('I led a team')).toBe('I led a team');
    expect(collapseLetterSpacing('C C++ R')).toBe('C C++ R');
  });

  it('turns bullet and icon glyphs at line start into "• "', () => {
    const glyphs = ['•', '●', '▪', '◦', '‣', '∙', '➢', '✓', '■', '\uF0B7', '\uF0A7', '\uF0D8'];
    const input = glyphs.map((glyph) => `${glyph}Built APIs`).join('\n');
    expect(normalizeText(input).text).toBe(glyphs.map(() => '• Built APIs').join('\n'));
  });

  it('reads dash, star and plus list markers as bullets only when a space follows', () => {
    expect(normalizeText('– Led 4 engineers\n- Go\n* Kafka\n+ gRPC\n-5% latency\n*args').text).toBe(
      '• Led 4 engineers\n• Go\n• Kafka\n• gRPC\n-5% latency\n*args',
    );
  });

  it('keeps a bullet in the middle of a line', () => {
    expect(normalizeText('Go • PostgreSQL • Kafka').text).toBe('Go • PostgreSQL • Kafka');
  });

  it('removes other private-use glyphs and U+FFFD, counting them', () => {
    expect(normalizeText('\uF095 +1 555 010 0199 \uFFFD\uE001 jane@example.com')).toEqual({
      text: '+1 555 010 0199 jane@example.com',
      lineSources: [0],
      pieceStarts: [[]],
      ligaturesRepaired: 0,
      hyphenationsJoined: 0,
      undecodableChars: 3,
      invisibleChars: 0,
    });
  });

  it('straightens smart quotes', () => {
    expect(normalizeText('“Shipped” Jane’s ‘first’ API')).toMatchObject({ text: '"Shipped" Jane\'s \'first\' API' });
  });

  it('turns odd spaces into spaces, drops invisible ones, and collapses runs of spaces', () => {
    expect(normalizeText('Go\u00A0and\u2009SQL\u202Fnow\tand\u3000then  ok\u200Bay\uFEFF').text).toBe('Go and SQL now and then okay');
  });

  it('reads a tab, or three spaces or more, between words as a boundary between pieces of the line, joined by one space', () => {
    expect(normalizeText('Inês Ferreira\t\tPorto, Portugal\nRahul Menon      Pune, India\nBackend  engineer, Go')).toMatchObject({
      text: 'Inês Ferreira Porto, Portugal\nRahul Menon Pune, India\nBackend engineer, Go',
      pieceStarts: [[14], [12], []],
    });
  });

  it('reads no piece in a tab after a list marker, around a line, or between letter-spaced words', () => {
    expect(normalizeText('\t•\tBuilt APIs\t\n-\tRan Kafka\nS K I L L S   &   T O O L S')).toMatchObject({
      text: '• Built APIs\n• Ran Kafka\nSKILLS & TOOLS',
      pieceStarts: [[], [], []],
    });
  });

  it('trims lines, normalizes line endings and keeps at most one blank line', () => {
    expect(normalizeText('\r\n  Jane Doe  \r\n\r\n\r\n\n Summary\rText\f\n\n').text).toBe('Jane Doe\n\nSummary\nText');
  });

  it('drops control characters', () => {
    expect(normalizeText('Go\u0000Lang\u0007 \u0085x')).toMatchObject({
      text: 'GoLang x',
      undecodableChars: 1,
      invisibleChars: 0,
    });
  });

  it('removes zero-width and bidi control characters and counts them, so the text read is the text shown', () => {
    // An override that would show "Go, Java" for the stored "avaJ ,oG", and a zero-width space splitting "Kafka".
    const { text, invisibleChars } = normalizeText('Skills: \u202EavaJ ,oG\u202C and Kaf\u200Bka\u2066\u2069, Post\u200Dgres\u200E');
    expect(text).toBe('Skills: avaJ ,oG and Kafka, Postgres');
    expect(invisibleChars).toBe(7);
  });

  it('turns the bullet glyphs of symbol fonts and arrow lists into "• "', () => {
    expect(normalizeText('› Built APIs\n➜ Ran Kafka\n❯ Led a team\n✦ Cut costs\n▫ Wrote docs\n▸ Set SLOs\n➤ Hired 4\n○ Ran retros').text).toBe(
      '• Built APIs\n• Ran Kafka\n• Led a team\n• Cut costs\n• Wrote docs\n• Set SLOs\n• Hired 4\n• Ran retros',
    );
  });

  it('reads "o " as a bullet only where several lines open with it', () => {
    expect(normalizeText('Skills\no Go and Kafka\no PostgreSQL').text).toBe('Skills\n• Go and Kafka\n• PostgreSQL');
    expect(normalizeText('Referências\no projeto foi entregue').text).toBe('Referências\no projeto foi entregue');
  });

  it('names the input line each output line comes from, across joins and dropped blank lines', () => {
    const { text, lineSources } = normalizeText('\n\nJane Doe\n\n\n\nBuilt distri-\nbuted\nsystems\n\n');
    expect(text).toBe('Jane Doe\n\nBuilt distributed\nsystems');
    expect(lineSources).toEqual([2, 3, 6, 8]);
  });
});
