import { decodeMatchIndex, type MatchGuide, type MatchIndex } from '../library/matchIndex.ts';

let loading: Promise<MatchGuide[]> | undefined;

/** The keywords of every guide, from this site, once per page. */
export function loadMatchIndex(): Promise<MatchGuide[]> {
  loading ??= fetch('/data/match-index.json').then(async (response) => {
    if (!response.ok) throw new Error(`The guide index did not load (HTTP ${response.status}).`);
    return decodeMatchIndex((await response.json()) as MatchIndex);
  });
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
