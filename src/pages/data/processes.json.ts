/** /data/processes.json — every walkthrough's steps, transitions and rules, from the same definitions. */
import type { APIRoute } from 'astro';
import { processesData, json } from '../../lib/openData';

export const GET: APIRoute = async () => json(await processesData());
