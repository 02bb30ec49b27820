/*
 * The CLI's extraction thread: reads one file and posts back its document or its ExtractError. It runs in a
 * worker so that the CLI can stop a file that would take unbounded time or memory (see extractInWorker.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument } from '../extract/extractDocument.ts';
import { nodePdfjs } from '../extract/pdfjsNode.ts';
import { ExtractError, type ExtractedDocument, type ExtractErrorKind } from '../extract/types.ts';

export interface ExtractionRequest {
  bytes: Uint8Array;
  fileName: string;
}

/** An ExtractError loses its class crossing threads, so it crosses as its parts. */
export type ExtractionReply = { ok: true; document: ExtractedDocument } | { ok: false; kind: ExtractErrorKind; message: string };

async function reply({ bytes, fileName }: ExtractionRequest): Promise<ExtractionReply> {
  try {
    return { ok: true, document: await extractDocument(bytes, fileName, nodePdfjs) };
  } catch (error) {
    // extractDocument reports every unreadable file as an ExtractError: anything else is a bug, left to crash.
    if (!(error instanceof ExtractError)) throw error;
    return { ok: false, kind: error.kind, message: error.message };
  }
}

parentPort?.postMessage(await reply(workerData as ExtractionRequest));
