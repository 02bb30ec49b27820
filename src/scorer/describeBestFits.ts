import type { BestFits } from './closestWins.ts';
import { BEST_FIT_MARGIN } from './scoringRules.ts';

const list = new Intl.ListFormat('en', { type: 'conjunction' });

/** Which guides the closest wins are drawn from, named by role, with the score the ones only skills point to must reach. */
export function describeBestFits(fits: BestFits, roleName: (role: string) => string): string {
  const titled = new Set(fits.titledRoles);
  const skills = new Set(fits.skillRoles);
  const reach = fits.floor > 0 ? `, if they score ${fits.floor} or more: within ${BEST_FIT_MARGIN} points of your best, ${fits.best}` : '';
  const groups: [roles: string[], why: string][] = [
    [fits.titledRoles.filter((role) => skills.has(role)), 'your title, and where your skills score highest'],
    [fits.titledRoles.filter((role) => !skills.has(role)), 'your title'],
    [fits.skillRoles.filter((role) => !titled.has(role)), `where your skills score highest${reach}`],
  ];
  const parts = groups.filter(([roles]) => roles.length > 0).map(([roles, why]) => `${list.format(roles.map(roleName))} guides (${why})`);
  return `Drawn only from your best fits: ${list.format(parts)}.`;
}
