import type { Keyword } from '../schemas/keyword.ts';
import type { TermMatchers } from './termMatchers.ts';
import type { KeywordSpec } from './types.ts';

/**
 * A guide's key skills as the scorer reads them, every term under its canonical name. A keyword is core when
 * one of its terms is a skill that defines the role, or a skill under one of them (PostgreSQL under a
 * backend role's relational databases).
 */
export function guideKeywordSpecs(keywords: readonly Keyword[], matchers: TermMatchers, roleCore: readonly string[]): KeywordSpec[] {
  const core = new Set(roleCore.map(matchers.resolve).flatMap((skill) => [skill, ...matchers.graph.narrower(skill)]));
  return keywords.map((keyword) => {
    const terms = keyword.terms.map(matchers.resolve);
    return {
      label: keyword.label,
      terms,
      importance: keyword.importance,
      source: 'guide',
      advice: keyword.advice,
      ...(terms.some((term) => core.has(term)) ? { core: true } : {}),
    };
  });
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
 * A guide's keywords with a job description's added. A posting's keyword that any of a guide keyword's terms
 * covers in full (every one of its terms is the guide keyword's) is that keyword: it stays the guide's (with its
 * advice), raised to required when the posting requires it, since the posting is the more specific source. Any
 * other is a keyword of its own: a posting that accepts "Ruby, Java, Go or Scala" asks for none of them in
 * particular, so a guide's "Go" is not raised, and the posting's choice is added beside it.
 */
export function mergeKeywordSpecs(base: readonly KeywordSpec[], added: readonly KeywordSpec[]): KeywordSpec[] {
  const merged = base.map((spec) => ({ ...spec }));
  const fromBase = merged.slice();
  for (const spec of added) {
    const owner = fromBase.find((existing) => spec.terms.every((term) => existing.terms.includes(term)));
    if (!owner) merged.push(spec);
    else if (spec.importance === 'required') owner.importance = 'required';
  }
  return merged;
}
