/** /data/documents.json — open data, generated from the same collection the pages render. */
import type { APIRoute } from 'astro';
import { documentsData, json } from '../../lib/openData';

export const GET: APIRoute = async () => json(await documentsData());
