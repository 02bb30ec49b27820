import { Worker } from 'node:worker_threads';
import { CLI_EXTRACTION_HEAP_MB, FILE_TIME_BUDGET_MS } from '../limits.ts';
import { ExtractError, type ExtractedDocument } from '../extract/types.ts';
import type { ExtractionReply, ExtractionRequest } from './extractionThread.ts';

/** A file whose reading ran past a limit: what it cost, and what to do instead. */
function tooCostly(fileName: string, cost: string): ExtractError {
  return new ExtractError(
    'too-large',
    `"${fileName}" needed more than ${cost} to read, where a resume needs a fraction of that: it is built in a way no resume is (drawing instructions or text pieces repeated inside each other, by the million). Export it again from your editor as PDF or DOCX.`,
  );
}

function isOutOfMemory(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ERR_WORKER_OUT_OF_MEMORY';
}

export interface ExtractionLimits {
  /** V8 old-generation heap of the extraction thread, in MB. */
  heapMb: number;
  timeMs: number;
}

const CLI_LIMITS: ExtractionLimits = { heapMb: CLI_EXTRACTION_HEAP_MB, timeMs: FILE_TIME_BUDGET_MS };

/**
 * extractDocument in a worker thread with a heap cap and a time limit, so that no file can make the CLI hang
 * or exhaust the machine's memory: pdf.js in Node parses on the thread that calls it, in a chain of
 * microtasks that no timer on that thread can interrupt, and a thread that is stopped takes that work with it.
 */
export function extractInWorker(bytes: Uint8Array, fileName: string, limits: ExtractionLimits = CLI_LIMITS): Promise<ExtractedDocument> {
  return new Promise((resolve, reject) => {
    const request: ExtractionRequest = { bytes, fileName };
    const worker = new Worker(new URL('./extractionThread.ts', import.meta.url), {
      workerData: request,
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      outcome();
    };
    const timer = setTimeout(() => settle(() => reject(tooCostly(fileName, `${limits.timeMs / 1000} seconds`))), limits.timeMs);
    worker.once('message', (reply: ExtractionReply) =>
      settle(() => (reply.ok ? resolve(reply.document) : reject(new ExtractError(reply.kind, reply.message)))),
    );
    worker.once('error', (error) => settle(() => reject(isOutOfMemory(error) ? tooCostly(fileName, `${limits.heapMb} MB of memory`) : error)));
    worker.once('exit', (code) => settle(() => reject(new Error(`The extraction thread for "${fileName}" stopped (exit code ${code}) without a result.`))));
  });
}
