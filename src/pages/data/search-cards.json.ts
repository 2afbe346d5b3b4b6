/**
 * /data/search-cards.json — the answer cards search shows above the page results (time limits,
 * document lists, phrases, glossary terms), built from the norms data the pages render.
 */
import type { APIRoute } from 'astro';
import { buildCardIndex } from '../../search/build/cards';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await buildCardIndex()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
