/**
 * A collection's entries in the order their YAML files list them (Astro returns them sorted by
 * id). Authors put the main entry of a group first (简单投诉 before 复杂投诉, 身故 before its
 * colloquial words), and search keeps that order wherever it has to choose among equals: the
 * lexicon's vocabulary (typos and pinyin are read as the first word that fits) and the cards. The
 * unit tests read the files in the same order, so they test the lexicon the build ships.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { DATA_PATHS, readEntries } from '../../lib/dataFiles';

type Ordered = keyof typeof DATA_PATHS & CollectionKey;

export async function inDataOrder<C extends Ordered>(collection: C): Promise<CollectionEntry<C>[]> {
  const order = new Map(readEntries(process.cwd(), DATA_PATHS[collection]).map((e, i) => [e.id, i]));
  const entries = (await getCollection(collection)) as CollectionEntry<C>[];
  return entries.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}
