import type { Interview } from '../schemas/company.ts';
import type { Guide } from '../schemas/guide.ts';

/** The company's usual interview, with whatever the guide says differs for its role. */
export function guideInterview(company: Interview, override: Guide['interview']): Interview {
  const duration = override?.duration ?? company.duration;
  return {
    summary: override?.summary ?? company.summary,
    rounds: override?.rounds ?? company.rounds,
    ...(duration === undefined ? {} : { duration }),
  };
}
