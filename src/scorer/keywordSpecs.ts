import type { Keyword } from '../schemas/keyword.ts';
import type { TermMatchers } from './termMatchers.ts';
import type { KeywordSpec } from './types.ts';

/** A guide's key skills as the scorer reads them, every term under its canonical name. */
export function guideKeywordSpecs(keywords: readonly Keyword[], matchers: TermMatchers): KeywordSpec[] {
  return keywords.map((keyword) => ({
    label: keyword.label,
    terms: keyword.terms.map(matchers.resolve),
    importance: keyword.importance,
    source: 'guide',
    advice: keyword.advice,
  }));
}

/** An ad-hoc list ("Go, Postgres, event sourcing"): each entry its own required keyword. */
export function customKeywordSpecs(list: readonly string[], matchers: TermMatchers): KeywordSpec[] {
  const seen = new Set<string>();
  return list
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => matchers.resolve(entry))
    .filter((term) => !seen.has(term.toLowerCase()) && seen.add(term.toLowerCase()))
    .map((term) => ({ label: term, terms: [term], importance: 'required', source: 'custom' }));
}

/**
 * A guide's keywords with a job description's added. A skill both name stays the guide's keyword (with its
 * advice), raised to required when the posting requires it: the posting is the more specific source.
 */
export function mergeKeywordSpecs(base: readonly KeywordSpec[], added: readonly KeywordSpec[]): KeywordSpec[] {
  const merged = base.map((spec) => ({ ...spec }));
  for (const spec of added) {
    const owner = merged.find((existing) => spec.terms.some((term) => existing.terms.includes(term)));
    if (!owner) merged.push(spec);
    else if (spec.importance === 'required') owner.importance = 'required';
  }
  return merged;
}
