import type { ExtractProgress } from '../extract/types.ts';
import { FILE_TIME_BUDGET_MS } from '../limits.ts';
import type { EngineReply, EngineRequest, EngineResults } from './engineProtocol.ts';
import type { InputError } from './inputError.ts';

/** Why a request ended without an answer of its own. */
export type EngineFailure =
  /** The page stopped the worker: the reader cancelled, or a newer input replaced this one. Not an error to show. */
  | { kind: 'stopped' }
  /** The request ran past its time budget, and the worker was stopped with it. */
  | { kind: 'timed-out' }
  /** The worker could not start or crashed (the page lost its connection while it loaded). */
  | { kind: 'unavailable' }
  /** The engine refused the input, with the message to show. */
  | { kind: 'input'; error: InputError };

export class EngineRequestFailed extends Error {
  readonly failure: EngineFailure;

  constructor(failure: EngineFailure) {
    super(failure.kind);
    this.failure = failure;
  }
}

/** The failure behind any error a request rejected with (anything unexpected counts as an engine that is not there). */
export function failureOf(error: unknown): EngineFailure {
  return error instanceof EngineRequestFailed ? error.failure : { kind: 'unavailable' };
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type RequestBody = DistributiveOmit<EngineRequest, 'id'>;

interface Pending {
  resolve: (value: never) => void;
  reject: (error: EngineRequestFailed) => void;
  onProgress?: (progress: ExtractProgress) => void;
  timer: ReturnType<typeof setTimeout>;
}

let worker: Worker | null = null;
const pending = new Map<number, Pending>();
let nextId = 1;

function startWorker(): Worker {
  const started = new Worker(new URL('./engineWorker.ts', import.meta.url), { type: 'module', name: 'shortlist-engine' });
  started.addEventListener('message', (event: MessageEvent<EngineReply>) => {
    const reply = event.data;
    const request = pending.get(reply.id);
    if (!request) return;
    if (reply.kind === 'progress') {
      request.onProgress?.(reply.progress);
      return;
    }
    pending.delete(reply.id);
    clearTimeout(request.timer);
    if (reply.kind === 'result') request.resolve(reply.value as never);
    else request.reject(new EngineRequestFailed({ kind: 'input', error: reply.error }));
  });
  started.addEventListener('error', (event) => {
    event.preventDefault();
    stopEngine({ kind: 'unavailable' });
  });
  worker = started;
  return started;
}

/** Starts the worker (it loads the taxonomy and pdf.js) on the first sign that the reader means to score. */
export function warmEngine(): void {
  if (!worker) startWorker();
}

/**
 * Ends the worker and whatever it is doing, however stuck: every pending request fails with `failure`.
 * The next request starts a fresh worker.
 */
export function stopEngine(failure: EngineFailure = { kind: 'stopped' }): void {
  worker?.terminate();
  worker = null;
  const ended = [...pending.values()];
  pending.clear();
  for (const request of ended) {
    clearTimeout(request.timer);
    request.reject(new EngineRequestFailed(failure));
  }
}

/**
 * Asks the engine worker to read or score something. Past `timeoutMs` the worker is stopped (a hostile file
 * can keep it busy forever) and the request fails as `timed-out`.
 */
export function askEngine<K extends RequestBody['kind']>(
  body: Extract<RequestBody, { kind: K }>,
  options: { onProgress?: (progress: ExtractProgress) => void; timeoutMs?: number } = {},
): Promise<EngineResults[K]> {
  const id = nextId++;
  const target = worker ?? startWorker();
  return new Promise<EngineResults[K]>((resolve, reject) => {
    const timer = setTimeout(() => stopEngine({ kind: 'timed-out' }), options.timeoutMs ?? FILE_TIME_BUDGET_MS);
    pending.set(id, { resolve: resolve as (value: never) => void, reject, timer, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
    target.postMessage({ ...body, id } as EngineRequest);
  });
}
