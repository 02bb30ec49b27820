/*
 * The report's coaching panels, loaded once a report is shown: a page where no resume is chosen never
 * downloads them.
 */
export { BulletCoach } from './BulletCoach.tsx';
export { FixList } from './FixList.tsx';
export { ScoreDelta } from './ScoreDelta.tsx';
export { VersionList } from './VersionList.tsx';
