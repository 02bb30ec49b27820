import type { APIRoute } from 'astro';
import { guideSpec } from '../../library/guideSpec.ts';
import { loadLibrary } from '../../library/loadLibrary.ts';
import { encodeMatchIndex } from '../../library/matchIndex.ts';

/** Every guide's keywords for /match/, which ranks them all for one resume in the browser. */
export const GET: APIRoute = async () => {
  const { guides, taxonomy } = await loadLibrary();
  const index = encodeMatchIndex(
    guides.map((guide) => ({
      spec: guideSpec(guide.entry.id, guide.entry.data, guide.role.data, taxonomy),
      companyName: guide.company.data.name,
      roleName: guide.role.data.name,
      roleTitles: guide.role.data.titles,
    })),
  );
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json' } });
};
