import type { Taxonomy } from '../taxonomy/taxonomy.ts';

type EngineModule = typeof import('./scorerEngine.ts');
export interface ScorerEngine extends EngineModule {
  taxonomy: Taxonomy;
}

let loading: Promise<ScorerEngine> | undefined;

/**
 * Loads the engine, the skills taxonomy and the PDF worker once per page, on the first sign that the
 * reader means to use the scorer, so they are warm by the time a file is picked. Both come from this site.
 */
export function loadScorerEngine(): Promise<ScorerEngine> {
  loading ??= Promise.all([
    import('./scorerEngine.ts'),
    fetch('/data/skills.json').then((response) => {
      if (!response.ok) throw new Error(`The skills list did not load (HTTP ${response.status}).`);
      return response.json() as Promise<Taxonomy>;
    }),
  ]).then(([engine, taxonomy]) => {
    engine.warmPdfWorker();
    return { ...engine, taxonomy };
  });
  // A failed load (the reader went offline) may be tried again on the next engagement.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
