/**
 * The search index's records that are not pages (src/lib/search-records.ts). A build input,
 * not part of the site: src/integrations/pagefind.ts indexes it and removes it from the output.
 */
import type { APIRoute } from 'astro';
import { getCourse } from '../lib/course';
import { glossaryRecords } from '../lib/search-records';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(glossaryRecords(await getCourse())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
