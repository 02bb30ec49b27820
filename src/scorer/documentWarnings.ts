import type { HiddenText, HiddenTextKind, LayoutFacts } from '../document/types.ts';
import type { DocumentWarning } from './types.ts';

const HIDDEN_TEXT_NAMES: Record<HiddenTextKind, (chars: number) => string> = {
  'invisible-characters': (chars) => `${chars} invisible character${chars === 1 ? '' : 's'} (zero-width spaces or text-direction controls)`,
  'hidden-formatting': (chars) => `${chars} characters formatted as hidden`,
  'white-text': (chars) => `${chars} characters of white text on a white page`,
  'tiny-text': (chars) => `${chars} characters in a size too small to read`,
};

function describeHiddenText(hidden: HiddenText): string {
  const sample = hidden.sample.trim();
  return `${HIDDEN_TEXT_NAMES[hidden.kind](hidden.chars)}${sample === '' ? '' : ` ("${sample}")`}`;
}

/**
 * What is wrong with the document itself rather than its content, each under a stable id. Hidden text was
 * already taken out of the text by extraction, so it never adds a keyword; the warning says what was found
 * because a recruiter who finds hidden keywords rejects the resume outright.
 */
export function documentWarnings(layout: LayoutFacts | undefined): DocumentWarning[] {
  const warnings: DocumentWarning[] = [];
  if (layout && layout.hiddenText.length > 0) {
    warnings.push({
      id: 'hidden-text',
      message: `This file holds text a reader cannot see: ${layout.hiddenText.map(describeHiddenText).join('; ')}. We left it out of the score. Remove it: a recruiter or ATS that finds hidden keywords treats the resume as keyword stuffing.`,
    });
  }
  return warnings;
}
