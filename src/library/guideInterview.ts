import type { Interview } from '../schemas/company.ts';
import type { Guide } from '../schemas/guide.ts';

/**
 * The rounds and timeline a guide page prints under its own telling of the interview: the company's, with
 * whatever the guide says differs for its role. The company's summary stays on the company page, so the
 * interview is told once per page.
 */
export function guideInterview(company: Interview, override: Guide['interview']): Omit<Interview, 'summary'> {
  const duration = override?.duration ?? company.duration;
  return { rounds: override?.rounds ?? company.rounds, ...(duration === undefined ? {} : { duration }) };
}
