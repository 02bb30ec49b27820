import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/extract/normalizeText.ts';
import { anyText } from '../fixtures/trickyText.ts';

describe('normalizeText on any input', () => {
  it('returns text an ATS reads: no controls, no invisible or bidi characters, trimmed single-spaced lines', () => {
    fc.assert(
      fc.property(anyText(), (input) => {
        const { text, invisibleChars, undecodableChars, ligaturesRepaired, hyphenationsJoined } = normalizeText(input);
        expect(text).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFFD\u00AD\r]/);
        expect(text).not.toMatch(/\n{3,}/);
        for (const line of text.split('\n')) {
          expect(line).toBe(line.trim());
          expect(line).not.toMatch(/ {2}/);
        }
        for (const count of [invisibleChars, undecodableChars, ligaturesRepaired, hyphenationsJoined]) expect(count).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });
});
