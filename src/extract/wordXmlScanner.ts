import { ExtractError } from './types.ts';

/*
 * A forward-only tokenizer for the XML parts of a DOCX. Every character is looked at a bounded number of
 * times, whatever the input: no regular expression runs over a whole part, and an unclosed element, quote,
 * comment or tag only ends the scan early. It does not check that elements nest; the consumers keep the
 * stacks they need (and mammoth, which reads the same parts afterwards, refuses XML that is not well formed).
 */

/** The namespaces mammoth reads as WordprocessingML's `w:` (transitional and strict). */
const WORDPROCESSINGML = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);

const CANONICAL_PREFIX = 'w';

export interface WordXmlTag {
  /** The element's name, written `w:…` for WordprocessingML whatever prefix the part binds to it. */
  name: string;
  /** Offset of the tag's `<`. */
  start: number;
  /** Offset just past the tag's `>`. */
  end: number;
  /**
   * The names of the open elements around this one, outermost first. An end tag closes the innermost open
   * element only when their names match (a stray end tag is ignored), which keeps malformed input linear.
   */
  ancestors: readonly string[];
  /** The value of an attribute (entities decoded), by its name written as for `name`; undefined when absent. */
  attribute(name: string): string | undefined;
}

export interface WordXmlHandler {
  /** A start tag; a self-closing element gets `close` straight after. */
  open?(tag: WordXmlTag): void;
  /** An end tag, with the element's canonical name; `start`..`end` spans the end tag (for a self-closing element, the empty span just past it). */
  close?(name: string, start: number, end: number): void;
  /** Character data between tags (entities still encoded; comments, CDATA and processing instructions excluded). */
  text?(start: number, end: number): void;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the predefined and numeric character references; anything else is left as written. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]{1,8}|#[0-9]{1,10}|[a-z]{2,4});/gi, (entity, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    }
    return XML_ENTITIES[name] ?? entity;
  });
}

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

function parseAttributes(source: string, from: number, to: number): Map<string, string> {
  const attributes = new Map<string, string>();
  let at = from;
  while (at < to) {
    while (at < to && isSpace(source.charCodeAt(at))) at += 1;
    const nameStart = at;
    while (at < to && source[at] !== '=' && !isSpace(source.charCodeAt(at))) at += 1;
    const name = source.slice(nameStart, at);
    while (at < to && isSpace(source.charCodeAt(at))) at += 1;
    if (name === '' || source[at] !== '=') return attributes;
    at += 1;
    while (at < to && isSpace(source.charCodeAt(at))) at += 1;
    const quote = source[at];
    if (quote !== '"' && quote !== "'") return attributes;
    const valueEnd = source.indexOf(quote, at + 1);
    if (valueEnd < 0 || valueEnd >= to) return attributes;
    attributes.set(name, decodeXmlText(source.slice(at + 1, valueEnd)));
    at = valueEnd + 1;
  }
  return attributes;
}

/**
 * Where a start tag whose name begins at `from` stops: the offset of its `>`, or of a `<` that comes first
 * (the tag is broken and the scan goes on from there), skipping quoted attribute values; -1 at the end.
 */
function startTagStop(xml: string, from: number): number {
  for (let at = from; at < xml.length; at += 1) {
    const char = xml[at];
    if (char === '>' || char === '<') return at;
    if (char === '"' || char === "'") {
      at = xml.indexOf(char, at + 1);
      if (at < 0) return -1;
    }
  }
  return -1;
}

/**
 * Which prefixes name WordprocessingML, learned from the `xmlns` declarations as the scan reaches them. A
 * part that binds `w` to another namespace, or one prefix to two namespaces one of which is WordprocessingML,
 * cannot be read the way mammoth reads it, and no editor writes one: it is refused.
 */
class Namespaces {
  private readonly bindings = new Map<string, string>();
  private readonly wordPrefixes = new Set<string>([CANONICAL_PREFIX]);
  private renames = false;

  declare(attributes: ReadonlyMap<string, string>): void {
    for (const [name, uri] of attributes) {
      if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
      const prefix = name === 'xmlns' ? '' : name.slice('xmlns:'.length);
      const earlier = this.bindings.get(prefix);
      const isWord = WORDPROCESSINGML.has(uri);
      if ((earlier !== undefined && earlier !== uri && (isWord || WORDPROCESSINGML.has(earlier))) || (prefix === CANONICAL_PREFIX && !isWord)) {
        throw new ExtractError(
          'corrupt',
          'This DOCX declares its XML namespaces in a way no editor writes, so it cannot be read reliably. Open it in Word or Google Docs and save it again, or upload a PDF.',
        );
      }
      this.bindings.set(prefix, uri);
      if (isWord && prefix !== CANONICAL_PREFIX) {
        this.wordPrefixes.add(prefix);
        this.renames = true;
      }
    }
  }

  canonical(name: string): string {
    if (!this.renames) return name;
    const colon = name.indexOf(':');
    const prefix = colon < 0 ? '' : name.slice(0, colon);
    if (prefix === CANONICAL_PREFIX || !this.wordPrefixes.has(prefix)) return name;
    return `${CANONICAL_PREFIX}:${name.slice(colon + 1)}`;
  }

  /** Attributes without a prefix are in no namespace, whatever the default namespace is. */
  canonicalAttribute(name: string): string {
    return name.includes(':') ? this.canonical(name) : name;
  }
}

/** Skips a comment, CDATA section or declaration starting at `at`; where the scan resumes, -1 at the end. */
function skipMarkup(xml: string, at: number): number {
  if (xml.startsWith('<!--', at)) return afterTerminator(xml, '-->', at + 4);
  if (xml.startsWith('<![CDATA[', at)) return afterTerminator(xml, ']]>', at + 9);
  if (xml.startsWith('<?', at)) return afterTerminator(xml, '?>', at + 2);
  // A DOCTYPE can declare entities that expand as the parser pleases; Word never writes one.
  if (xml.startsWith('<!DOCTYPE', at)) {
    throw new ExtractError('corrupt', 'This DOCX holds an XML document type declaration, which Word never writes. Open it in Word and save it again, or upload a PDF.');
  }
  return at + 1;
}

function afterTerminator(xml: string, terminator: string, from: number): number {
  const at = xml.indexOf(terminator, from);
  return at < 0 ? -1 : at + terminator.length;
}

/** Reads one XML part from start to end, calling the handler for each tag and run of text. */
export function scanWordXml(xml: string, handler: WordXmlHandler): void {
  const namespaces = new Namespaces();
  const ancestors: string[] = [];
  // Where the next "xmlns" is: a tag is parsed for declarations only when one falls inside it.
  let nextDeclaration = xml.indexOf('xmlns');
  let at = 0;
  while (at < xml.length) {
    const lt = xml.indexOf('<', at);
    if (lt < 0) {
      handler.text?.(at, xml.length);
      return;
    }
    if (lt > at) handler.text?.(at, lt);
    const next = xml[lt + 1];

    if (next === '!' || next === '?') {
      at = skipMarkup(xml, lt);
      if (at < 0) return;
      continue;
    }

    if (next === '/') {
      const gt = xml.indexOf('>', lt + 2);
      if (gt < 0) return;
      const name = namespaces.canonical(xml.slice(lt + 2, gt).trim());
      if (ancestors.at(-1) === name) ancestors.pop();
      handler.close?.(name, lt, gt + 1);
      at = gt + 1;
      continue;
    }

    const gt = startTagStop(xml, lt + 1);
    if (gt < 0) return;
    if (xml[gt] === '<') {
      // A `<` that starts no complete tag is a stray character: read on from the next one.
      at = gt;
      continue;
    }
    const selfClosing = xml[gt - 1] === '/';
    const inner = selfClosing ? gt - 1 : gt;
    let nameEnd = lt + 1;
    while (nameEnd < inner && !isSpace(xml.charCodeAt(nameEnd))) nameEnd += 1;
    const rawName = xml.slice(lt + 1, nameEnd);
    if (rawName === '') {
      at = gt + 1;
      continue;
    }

    while (nextDeclaration >= 0 && nextDeclaration < nameEnd) nextDeclaration = xml.indexOf('xmlns', nextDeclaration + 1);
    let attributes: Map<string, string> | undefined;
    const parsed = () => (attributes ??= parseAttributes(xml, nameEnd, inner));
    if (nextDeclaration >= 0 && nextDeclaration < gt) {
      namespaces.declare(parsed());
      nextDeclaration = xml.indexOf('xmlns', gt);
    }

    let canonicalAttributes: Map<string, string> | undefined;
    const name = namespaces.canonical(rawName);
    handler.open?.({
      name,
      start: lt,
      end: gt + 1,
      ancestors,
      attribute: (wanted) => {
        canonicalAttributes ??= new Map([...parsed()].map(([key, value]) => [namespaces.canonicalAttribute(key), value]));
        return canonicalAttributes.get(wanted);
      },
    });
    if (selfClosing) handler.close?.(name, gt + 1, gt + 1);
    else ancestors.push(name);
    at = gt + 1;
  }
}
