/*
 * The report's coaching panels and the ATS-safe copy's, loaded once a report is shown: a page where no resume
 * is chosen never downloads them (and the copy's writers load in the worker only when a copy is asked for).
 */
export { BulletCoach } from './BulletCoach.tsx';
export { ExportPanel } from './ExportPanel.tsx';
export { FixList } from './FixList.tsx';
export { ScoreDelta } from './ScoreDelta.tsx';
export { VersionList } from './VersionList.tsx';
