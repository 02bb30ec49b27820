import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/extract/detectFormat.ts';
import { HiddenTextTally, mayPaintBehindText, removeHiddenRuns } from '../../src/extract/docxHiddenRuns.ts';
import { readDocxStyles } from '../../src/extract/docxStyles.ts';
import { extractDocxText } from '../../src/extract/extractDocxText.ts';
import { ExtractError } from '../../src/extract/types.ts';
import { countWordXml } from '../../src/extract/wordXmlCounts.ts';
import { wordXmlParagraphs } from '../../src/extract/wordXmlParagraphs.ts';
import { readZipDirectory, readZipEntry } from '../../src/extract/zipArchive.ts';
import { docxPackage, paragraph, WORDPROCESSINGML, wordDocument, wordHeader } from './docxPackages.ts';

/*
 * Random and mutated input never makes the readers throw anything but an ExtractError, nor return anything
 * but their documented results.
 */

const SEED_BODY = wordDocument(`${paragraph([['Jane Doe']])}${paragraph([['Go, Kafka'], [' Rust', '<w:vanish/>']], '<w:pStyle w:val="Heading1"/>')}`);
const SEED_PARTS = {
  'word/header1.xml': wordHeader(paragraph([['jane@example.com']])),
  'word/styles.xml': `<w:styles xmlns:w="${WORDPROCESSINGML}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`,
};
/** Deflated, so mutations hit compressed data; and stored, so they reach the XML itself. */
const SEEDS = [docxPackage(SEED_BODY, SEED_PARTS), docxPackage(SEED_BODY, SEED_PARTS, 0)];

/** A seed archive with some bytes overwritten, and half the time cut short. */
const mutatedDocx = fc.constantFrom(...SEEDS).chain((seed) =>
  fc
    .record({
      length: fc.oneof(fc.constant(seed.length), fc.integer({ min: 0, max: seed.length })),
      writes: fc.array(fc.tuple(fc.nat({ max: seed.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 12 }),
    })
    .map(({ length, writes }) => {
      const bytes = seed.slice(0, length);
      for (const [at, value] of writes) if (at < length) bytes[at] = value;
      return bytes;
    }),
);

/** Throws what `run` throws unless it is an ExtractError. */
function onlyExtractErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!(error instanceof ExtractError)) throw error;
  }
}

const XML_TOKENS = [
  '<w:p>', '<w:p w:rsidR="00AB">', '</w:p>', '<w:p/>', '<w:r>', '</w:r>', '<w:rPr>', '</w:rPr>', '<w:vanish/>', '<w:vanish w:val="0"/>',
  '<w:color w:val="FFFFFF"/>', '<w:sz w:val="2"/>', '<w:shd w:fill="000000"/>', '<w:t>', '<w:t xml:space="preserve">', '</w:t>', '<w:tab/>',
  '<w:br/>', '<w:tbl>', '</w:tbl>', '<w:tc>', '</w:tc>', '<w:txbxContent>', '</w:txbxContent>', '<w:pPr>', '</w:pPr>', '<w:pStyle w:val="s"/>',
  '<w:rStyle w:val="s"/>', '<w:background/>', '<wp:anchor>', '<!--', '-->', '<![CDATA[', ']]>', '<?pi ', '?>', '<', '>', '/>', '"', "'", '=',
  ' ', '&amp;', '&#x41;', '&#99999999;', '&bogus;', 'Jane', 'Go', `<w:document xmlns:w="${WORDPROCESSINGML}">`, '<x:p xmlns:x="urn:x">', 'xmlns',
];

const wordXml = fc.array(fc.constantFrom(...XML_TOKENS), { maxLength: 200 }).map((tokens) => tokens.join(''));

describe('the ZIP reader on random and mutated bytes', () => {
  it('reads a directory or returns null, and each entry as read, over-cap or unreadable', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 4096 }), mutatedDocx), (bytes) => {
        const entries = readZipDirectory(bytes);
        if (entries === null) return;
        for (const entry of entries) {
          expect(['read', 'over-cap', 'unreadable']).toContain(readZipEntry(bytes, entry, 64 * 1024).status);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('tells a format or throws an ExtractError', () => {
    fc.assert(
      fc.property(mutatedDocx, (bytes) => {
        onlyExtractErrors(() => detectFormat(bytes, 'resume.docx'));
      }),
      { numRuns: 300 },
    );
  });

  it('extracts a mutated DOCX or rejects with an ExtractError', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedDocx, async (bytes) => {
        await extractDocxText(bytes).catch((error: unknown) => {
          expect(error).toBeInstanceOf(ExtractError);
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('the WordprocessingML scanner on random markup', () => {
  it('returns paragraph text without tags, or throws an ExtractError', () => {
    fc.assert(
      fc.property(wordXml, (xml) => {
        onlyExtractErrors(() => {
          for (const text of wordXmlParagraphs(xml)) expect(text).not.toMatch(/<[^>]*>/);
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('counts, reads styles and cuts hidden runs without throwing anything else, never growing the part', () => {
    fc.assert(
      fc.property(wordXml, wordXml, (xml, stylesXml) => {
        onlyExtractErrors(() => {
          const counts = countWordXml(xml);
          expect(counts.paragraphs).toBeLessThanOrEqual(counts.elements);
          const styles = readDocxStyles(stylesXml);
          const tally = new HiddenTextTally();
          expect(removeHiddenRuns(xml, styles, mayPaintBehindText(xml), tally).length).toBeLessThanOrEqual(xml.length);
          for (const hidden of tally.report()) expect(hidden.sample.length).toBeLessThanOrEqual(60);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
