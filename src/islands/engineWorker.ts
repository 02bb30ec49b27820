/// <reference lib="webworker" />
/**
 * The engine's thread: every file is read and every resume scored here, never on the page's main thread, so
 * no input can freeze the page. The page ends this worker (and whatever it is stuck on) when a file runs
 * past its time budget, is cancelled, or is superseded by a newer one.
 */
import type { Taxonomy } from '../taxonomy/taxonomy.ts';
import { decodeMatchIndex, type MatchIndex } from '../library/matchIndex.ts';
import { monthOfDate } from '../scorer/dateRanges.ts';
import type { EngineReply, EngineRequest, EngineResults } from './engineProtocol.ts';
import { toInputError } from './inputError.ts';
import { coachRequest, rankResume, readPastedText, readResumeFile, scoreRequest, warmPdfWorker } from './scorerEngine.ts';

declare const self: DedicatedWorkerGlobalScope;

async function loadJson<T>(url: string, what: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${what} did not load (HTTP ${response.status}).`);
  return (await response.json()) as T;
}

let taxonomy: Promise<Taxonomy> | undefined;
const loadTaxonomy = () => (taxonomy ??= loadJson<Taxonomy>('/data/skills.json', 'The skills list'));
let guides: ReturnType<typeof decodeMatchIndex> | undefined;
const loadGuides = async () => (guides ??= decodeMatchIndex(await loadJson<MatchIndex>('/data/match-index.json', 'The guide index')));

async function handle(request: EngineRequest): Promise<EngineResults[keyof EngineResults]> {
  switch (request.kind) {
    case 'read-file':
      return readResumeFile(request.file, (progress) => reply({ id: request.id, kind: 'progress', progress }));
    case 'read-text':
      return readPastedText(request.text);
    case 'score':
    case 'coach':
    case 'export': {
      const scored = { ...request.resume, guide: request.guide, jobDescription: request.jobDescription, taxonomy: await loadTaxonomy(), asOf: monthOfDate(new Date()) };
      if (request.kind === 'export') return (await import('./exportEngine.ts')).exportRequest(scored, request.format);
      return request.kind === 'score' ? scoreRequest(scored) : coachRequest(scored);
    }
    case 'rank':
      return rankResume(request.resume.text, request.resume.document, await loadGuides(), await loadTaxonomy());
  }
}

function reply(message: EngineReply): void {
  self.postMessage(message);
}

self.addEventListener('message', (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  handle(request).then(
    (value) => reply({ id: request.id, kind: 'result', value }),
    (error: unknown) => reply({ id: request.id, kind: 'error', error: toInputError(error) }),
  );
});

// The taxonomy and pdf.js load while the reader is still choosing a file.
loadTaxonomy().catch(() => undefined);
warmPdfWorker();
