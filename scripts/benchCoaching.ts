import { extractDocument } from '../src/extract/extractDocument.ts';
import { nodePdfjs } from '../src/extract/pdfjsNode.ts';
import { coachResume } from '../src/scorer/coachResume.ts';
import { editedInput } from '../src/scorer/editResume.ts';
import { replaceBullet } from '../src/scorer/replaceBullet.ts';
import { scoreResume } from '../src/scorer/scoreResume.ts';
import type { KeywordSpec } from '../src/scorer/types.ts';
import type { Mistake } from '../src/schemas/mistake.ts';
import type { Taxonomy } from '../src/taxonomy/taxonomy.ts';
import { launchChromium } from '../tests/extract/resumeFixtures.ts';
import { resumePdfWithRoles } from './resumePdfs.ts';

type Figures = { first: number; median: number };
type Timer = (run: () => unknown, runs: number) => Figures;
type Row = (label: string, figures: Figures, extra?: string) => void;

/**
 * Coaching on resumes Chromium prints, read as the page reads them: the rescore after a bullet is edited
 * (its lines revised from the file's, as every keystroke's rescore does) and the coaching with its what-if
 * rescore of every fix.
 */
export async function benchCoaching(row: Row, time: Timer, spec: { taxonomy: Taxonomy; keywords: KeywordSpec[]; mistakes: Mistake[] }): Promise<void> {
  const browser = await launchChromium();
  try {
    for (const roles of [1, 12]) {
      const document = await extractDocument(await resumePdfWithRoles(browser, roles), 'resume.pdf', nodePdfjs);
      const file = { text: document.text, lines: document.lines };
      const input = editedInput({ text: document.text, taxonomy: spec.taxonomy, keywords: spec.keywords, mistakes: spec.mistakes, pages: document.pages, layout: document.layout }, document.text, file);
      const coaching = coachResume(input, file);
      const [bullet] = coaching.bullets;
      if (!bullet) throw new Error('The benchmark resume has no bullets to edit.');
      const pages = `${document.pages}-page`;
      let typed = 0;
      row(`${pages} PDF: rescore an edit (a what-if)`, time(() => scoreResume(editedInput(input, replaceBullet(file.text, bullet, `${bullet.text} ${++typed}`), file)), 300));
      row(`${pages} PDF: coach ${coaching.bullets.length} bullets + what-ifs`, time(() => coachResume(input, file), 30), `   (${coaching.fixes.length} fixes worth points)`);
    }
  } finally {
    await browser.close();
  }
}
