import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/extractDocument.ts';
import { MAX_FILE_BYTES } from '../../src/limits.ts';
import { nodePdfjs } from '../../src/extract/pdfjsNode.ts';
import type { ExtractError, PdfjsSource } from '../../src/extract/types.ts';

async function extractionError(promise: Promise<unknown>): Promise<ExtractError> {
  return promise.then(
    () => expect.unreachable('extraction should have failed'),
    (error: unknown) => error as ExtractError,
  );
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe('extractDocument', () => {
  it('reports an empty file as empty', async () => {
    expect(await extractionError(extractDocument(new Uint8Array(), 'resume.pdf', nodePdfjs))).toMatchObject({
      kind: 'empty',
      message: expect.stringContaining('"resume.pdf" is empty'),
    });
  });

  it('refuses a file over 10 MB before reading it', async () => {
    const bytes = new Uint8Array(11 * 1024 * 1024);
    bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
    const error = await extractionError(extractDocument(bytes, 'portfolio.pdf', nodePdfjs));
    expect(error).toMatchObject({ kind: 'too-large', message: expect.stringContaining('"portfolio.pdf" is 11.0 MB') });
    expect(MAX_FILE_BYTES).toBe(10 * 1024 * 1024);
  });

  it('reads a file of exactly the cap', async () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES).fill(0x20);
    bytes.set(new TextEncoder().encode('Jane Doe, Go engineer'));
    expect((await extractDocument(bytes, 'resume.txt', nodePdfjs)).text).toBe('Jane Doe, Go engineer');
  });

  it('goes by content, not by name: a PNG renamed .pdf is an image', async () => {
    const error = await extractionError(extractDocument(PNG, 'resume.pdf', nodePdfjs));
    expect(error).toMatchObject({ kind: 'unsupported-type', message: expect.stringContaining('"resume.pdf" is a PNG image') });
  });

  it('turns any unexpected failure into corrupt, never a raw exception', async () => {
    const broken: PdfjsSource = { load: () => Promise.reject(new TypeError('boom')) };
    const error = await extractionError(extractDocument(new TextEncoder().encode('%PDF-1.7\n'), 'resume.pdf', broken));
    expect(error).toMatchObject({ name: 'ExtractError', kind: 'corrupt', message: expect.stringContaining('"resume.pdf" could not be read') });
  });
});
