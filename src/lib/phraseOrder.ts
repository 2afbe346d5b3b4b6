/**
 * The order phrases are listed in, everywhere: by the situation they are said in, from the
 * customer's arrival to their leaving (src/content/norms/situations.yaml), and within a situation
 * 必讲 before 提倡 before 禁忌. Grouped by moment for lists that show it (the 服务用语手册).
 */
import { getCollection } from 'astro:content';
import { PHRASE_LEVELS, SITUATION_MOMENTS } from '../schemas/enums';
import type { Phrase } from '../schemas/phrase';
import type { Situation } from '../schemas/situation';

export interface SituationGroup {
  situation: Situation;
  phrases: Phrase[];
}
export interface MomentGroup {
  moment: Situation['moment'];
  situations: SituationGroup[];
}

/** Phrases grouped by situation and moment, in the customer's order. */
export async function orderPhrases(phrases: Phrase[]): Promise<MomentGroup[]> {
  const situations = new Map((await getCollection('situations')).map((e) => [e.data.name, e.data]));
  const rank = (s: Situation) => SITUATION_MOMENTS.indexOf(s.moment) * 10_000 + s.order;
  const bySituation = [...Map.groupBy(phrases, (p) => p.situation)]
    .map(([name, items]) => ({
      // The schema guarantees every phrase names a known situation.
      situation: situations.get(name)!,
      phrases: items.toSorted((a, b) => PHRASE_LEVELS.indexOf(a.level) - PHRASE_LEVELS.indexOf(b.level)),
    }))
    .sort((a, b) => rank(a.situation) - rank(b.situation));
  return [...Map.groupBy(bySituation, (g) => g.situation.moment)].map(([moment, groups]) => ({ moment, situations: groups }));
}
