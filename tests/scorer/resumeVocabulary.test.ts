import { describe, expect, it } from 'vitest';
import { measuresSpeed, SCALE_FIGURE } from '../../src/scorer/resumeVocabulary.ts';

describe('what a bullet measures', () => {
  it.each([
    'Matched riders to drivers for 2M trips a day across 40 cities',
    'Ran 12,000 nightly Spark jobs over 300 Hive tables',
    'Paid out 7 million earners every week through the ledger',
    'Served 150,000 organizations from one multi-tenant cluster',
    'Moved 4 petabytes of click logs into the lakehouse',
    'Scheduled training across 512 GPUs in three regions',
    'Ranked 100 million listeners\' home feeds every morning',
    'Evaluated 40,000 monitors against trillions of data points a day',
    'Handled 2M sessions and 30M page views on launch day',
    'Rolled the new resolver out to 300 data centres and 120 PoPs',
  ])('scale: %s', (bullet) => {
    expect(SCALE_FIGURE.test(bullet)).toBe(true);
  });

  it.each(['Built a highly scalable, large-scale booking platform', 'Led 3 engineers through a migration in 2021', 'Improved the partner onboarding flow'])(
    'no scale: %s',
    (bullet) => {
      expect(SCALE_FIGURE.test(bullet)).toBe(false);
    },
  );

  it.each([
    'Cut the nightly reconciliation from 6 hours to 40 minutes',
    'A 9-hour backfill now finishes in 50 min',
    'Reduced model training runtime by 35% with mixed precision',
    'Brought the release build from 2 days to 3h',
    'Cut MTTR by 60% with automated rollbacks',
    'Made the query planner twice as fast on wide tables',
  ])('speed: %s', (bullet) => {
    expect(measuresSpeed(bullet)).toBe(true);
  });

  it.each(['Made the dashboards much faster', 'Grew weekly bookings by 35%', 'Mentored 4 engineers over 2 quarters'])('no speed: %s', (bullet) => {
    expect(measuresSpeed(bullet)).toBe(false);
  });
});
