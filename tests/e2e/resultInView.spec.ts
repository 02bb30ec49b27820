import { BACKEND_RESUME, STRIPE_JOB_DESCRIPTION, UNTAILORED_RESUME } from '../scorer/resumeTexts.ts';
import { expect, test } from './fixtures.ts';
import { openScorer, upload } from './scorerPage.ts';

const GUIDE = '/guides/stripe/backend-developer/';
const textFile = (name: string, text: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 360, height: 740 },
]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('a chosen file is scored in view: focus on the score, the file still named', async ({ page }) => {
      await openScorer(page, GUIDE);
      await upload(page, textFile('jane-doe-resume.txt', BACKEND_RESUME));
      const heading = page.locator('#score-heading');
      await expect(heading).toBeFocused();
      await expect(heading).toBeInViewport();
      await expect(page.getByTestId('chosen-file')).toHaveText('jane-doe-resume.txt');
      await expect(page.getByText('Choose another file')).toBeAttached();
    });

    test('a guide page leads to the scorer from its top and its end', async ({ page }) => {
      await openScorer(page, GUIDE);
      const top = page.getByTestId('cta-top');
      await expect(top).toBeInViewport();
      if (viewport.width >= 1000) await expect(page.locator('.file-picker__button')).toBeInViewport();
      await top.click();
      await expect(page.locator('#scorer-heading')).toBeInViewport();
      await page.getByTestId('cta-end').scrollIntoViewIfNeeded();
      await page.getByTestId('cta-end').click();
      await expect(page.locator('#scorer-heading')).toBeInViewport();
    });
  });
}

test('without a keyword list the verdict is about structure and writing only', async ({ page }) => {
  await openScorer(page, '/');
  await upload(page, textFile('resume.txt', UNTAILORED_RESUME));
  await expect(page.locator('#score-heading')).toContainText('Structure and writing only');
  await expect(page.locator('.score-summary')).toContainText('Keywords were not scored');
  await expect(page.locator('.score-summary')).not.toContainText(/likely to pass a keyword screen/i);
});

test('pasting a posting says how the score moved and what it is now scored against', async ({ page }) => {
  await openScorer(page, GUIDE);
  await upload(page, textFile('resume.txt', BACKEND_RESUME));
  const before = Number(await page.getByTestId('ats-score').textContent());
  await page.getByLabel(/Job description/).fill(STRIPE_JOB_DESCRIPTION);
  await expect(page.getByTestId('score-change')).toContainText(`from ${before} to`);
  await expect(page.getByTestId('score-change')).toContainText('the job description you pasted added its keywords');
  await expect(page.locator('.score-summary')).toContainText(/Scored against .+ and the job description you pasted: \d+ guide \+ \d+ job description keywords; (?:\d+ of the posting’s own (?:is|are) missing|the resume has all of the posting’s own)\./);
  await expect(page.getByLabel(/Job description/)).toBeFocused();
});

test('a resume lacking most required keywords is not called Good', async ({ page }) => {
  await openScorer(page, GUIDE);
  await upload(page, textFile('resume.txt', UNTAILORED_RESUME));
  await expect(page.getByTestId('verdict')).toHaveText(/Weak|Poor/);
});
