/** The holiday overlay as pages hand it to the deadline calculator in the browser (a data attribute). */
import { getCollection } from 'astro:content';
import { compactOverlay } from './holidays';

export async function holidayOverlayJson(): Promise<string> {
  return JSON.stringify(compactOverlay((await getCollection('holidays')).map((e) => e.data)));
}
