import { describe, expect, it } from 'vitest';
import { extractInWorker } from '../../src/cli/extractInWorker.ts';
import { extractDocument } from '../../src/extract/extractDocument.ts';
import { nodePdfjs } from '../../src/extract/pdfjsNode.ts';
import type { ExtractError } from '../../src/extract/types.ts';
import { CLI_EXTRACTION_HEAP_MB } from '../../src/limits.ts';
import { xobjectBomb } from '../extract/pdfBombs.ts';
import { BACKEND_RESUME } from '../scorer/resumeTexts.ts';

async function extractionError(promise: Promise<unknown>): Promise<ExtractError> {
  return promise.then(
    () => expect.unreachable('extraction should have failed'),
    (error: unknown) => error as ExtractError,
  );
}

/** Draws nothing but paths, ten million times over, while pdf.js loads a font: no text item ever arrives. */
const noTextBomb = () => xobjectBomb({ depth: 7, fanout: 10, innermost: 'paths' });

describe('extractInWorker', () => {
  it('reads a file in the thread as extractDocument does in-process', async () => {
    const bytes = new TextEncoder().encode(BACKEND_RESUME);
    expect(await extractInWorker(bytes, 'resume.txt')).toEqual(await extractDocument(bytes, 'resume.txt', nodePdfjs));
  });

  it('brings back an ExtractError with its kind and message', async () => {
    expect(await extractionError(extractInWorker(new Uint8Array(), 'empty.pdf'))).toMatchObject({
      name: 'ExtractError',
      kind: 'empty',
      message: expect.stringContaining('"empty.pdf" is empty'),
    });
  });

  it.each([16, 32])('stops a thread that needs more than its %s MB heap, as too-large, saying what to do instead', async (heapMb) => {
    const error = await extractionError(extractInWorker(noTextBomb(), 'bomb.pdf', { heapMb, timeMs: 60_000 }));
    expect(error.kind).toBe('too-large');
    expect(error.message).toMatch(
      new RegExp(`^"bomb\\.pdf" needed more than ${heapMb} MB of memory to read, .* built in a way no resume is .* Export it again from your editor as PDF or DOCX\\.$`),
    );
  }, 60_000);

  it.each([500, 1500])('stops a thread still reading after %s ms, as too-large', async (timeMs) => {
    const error = await extractionError(extractInWorker(noTextBomb(), 'bomb.pdf', { heapMb: CLI_EXTRACTION_HEAP_MB, timeMs }));
    expect(error).toMatchObject({ kind: 'too-large', message: expect.stringMatching(`^"bomb\\.pdf" needed more than ${timeMs / 1000} seconds to read`) });
  });
});
