import { describe, expect, it } from 'vitest';
import { coachResume } from '../../src/scorer/coachResume.ts';
import { compareVersions } from '../../src/scorer/compareVersions.ts';
import { customKeywordSpecs } from '../../src/scorer/keywordSpecs.ts';
import { scoreResume } from '../../src/scorer/scoreResume.ts';
import { termMatchers } from '../../src/scorer/termMatchers.ts';
import { taxonomy } from './taxonomyFixture.ts';

const keywords = customKeywordSpecs(['Airflow', 'dbt', 'Snowflake'], termMatchers(taxonomy));
const version = (text: string) => {
  const input = { text, taxonomy, keywords };
  return { report: scoreResume(input), coaching: coachResume(input, null) };
};
const resume = (first: string, second: string) =>
  `Ola Nordmann\nola@example.net\n\nExperience\nData Engineer, Fjord Analytics — 2020 – 2024\n- ${first}\n- ${second}\n\nSkills\nSQL, Snowflake, Airflow\n`;

describe('before and after', () => {
  const before = version(resume('Worked on the nightly loads', 'Built dashboards for finance with dbt'));
  const after = version(resume('Rebuilt the nightly loads in Airflow, cutting runtime from 5 hours to 40 minutes', 'Built dashboards for finance'));

  it('gives the score change, and each category that moved with both figures', () => {
    const change = compareVersions(before, after);
    expect(change.delta).toBe(after.report.score - before.report.score);
    for (const category of change.categories) expect(category.before).not.toBe(category.after);
    expect(change.categories.map((category) => category.category)).toContain('impact');
  });

  it('names the keywords gained and lost, and the bullets with fewer issues', () => {
    const change = compareVersions(before, after);
    expect(change.lost).toEqual(['dbt']);
    expect(change.improved).toEqual([1]);
    expect(compareVersions(after, before).gained).toEqual(['dbt']);
  });
});
