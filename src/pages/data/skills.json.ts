import type { APIRoute } from 'astro';
import { loadLibrary } from '../../library/loadLibrary.ts';

/** The skills taxonomy as a static file: the scorer loads it with its engine, on first use. */
export const GET: APIRoute = async () => {
  const { taxonomy } = await loadLibrary();
  return new Response(JSON.stringify(taxonomy), { headers: { 'Content-Type': 'application/json' } });
};
