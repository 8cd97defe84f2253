/**
 * Every worksheet of the course (lessons with their blocks) as one static JSON file. The
 * workbook, portfolio, hand-in and review pages fetch it, so their HTML stays light; the
 * service worker caches it for offline use.
 */
import type { APIRoute } from 'astro';
import { buildCatalogue } from '../lib/catalogue';
import { getCourse } from '../lib/course';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(buildCatalogue(await getCourse())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
