import { postingCounts } from '../../src/library/postingCounts.ts';
import type { Guide } from '../../src/schemas/guide.ts';
import type { Source } from '../../src/schemas/source.ts';
import type { SkillGraph } from '../../src/taxonomy/skillGraph.ts';
import type { TermIndex } from '../../src/taxonomy/taxonomy.ts';
import type { ContentProblem } from './contentProblem.ts';

/**
 * Fewer postings than this cannot say what a company's postings for a role ask for. A guide that found none
 * may still stand on the company's own sources, keyword by keyword (`evidence`); then nothing is required.
 */
export const MIN_POSTINGS = 3;
/** `required` means at least this share of the postings read ask for the keyword. */
export const REQUIRED_SHARE = 0.5;

/** A keyword list resting on what postings ask for: counted, backed, and not pooled from other guides. */
export function evidenceProblems(file: string, guide: Guide, reachable: readonly Source[], terms: TermIndex, graph: SkillGraph): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const counts = postingCounts(guide.keywords, guide.sources, terms, graph);
  const postings = guide.sources.filter((source) => source.kind === 'posting').length;
  if (postings > 0 && postings < MIN_POSTINGS) {
    problems.push({ file, field: 'sources', message: `${postings} postings read; record at least ${MIN_POSTINGS} (kind: posting, with asks) so the keyword counts mean something, or none and back every keyword with evidence` });
  }
  const ids = new Set(reachable.map((source) => source.id));
  guide.keywords.forEach((keyword, index) => {
    const field = `keywords.${index}`;
    const { asking } = counts[keyword.label]!;
    if (keyword.unverified) {
      problems.push({ file, field: `${field}.unverified`, message: `"${keyword.label}" is a starter keyword from other guides: record the postings or sources that ask for it here, then remove unverified` });
    }
    for (const id of keyword.evidence ?? []) {
      if (!ids.has(id)) problems.push({ file, field: `${field}.evidence`, message: `"${id}" names no source` });
    }
    if (asking === 0 && keyword.evidence === undefined) {
      problems.push({ file, field, message: `no posting read asks for "${keyword.label}" and no evidence backs it: add the posting, cite a source in evidence, or drop the keyword` });
    }
    if (keyword.importance === 'required' && postings === 0) {
      problems.push({ file, field: `${field}.importance`, message: `"${keyword.label}" is required, but no posting was read: only postings can make a skill required` });
    } else if (keyword.importance === 'required' && asking < postings * REQUIRED_SHARE) {
      problems.push({ file, field: `${field}.importance`, message: `"${keyword.label}" is required but ${asking} of ${postings} postings ask for it: required means at least ${REQUIRED_SHARE * 100}%` });
    }
  });
  return problems;
}
