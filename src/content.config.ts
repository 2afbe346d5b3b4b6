/**
 * Every content collection, in one place. Norms data (rules, document lists, phrases, sources,
 * inventory, glossary) is YAML under src/content/norms; chapters are MDX under src/content/docs.
 * The ids that exist are read first so that every cross-reference is validated with the entry
 * that makes it: a dangling id fails the build naming the file and the field.
 */
import { defineCollection } from 'astro:content';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { DATA_PATHS, readKnownIds } from './lib/dataFiles';
import { holidayLoader } from './lib/holidayLoader';
import { yamlEntriesLoader } from './lib/yamlEntriesLoader';
import { chapterFields } from './schemas/chapter';
import { comparisonSchema } from './schemas/comparison';
import { documentListSchema } from './schemas/documentList';
import { glossarySchema } from './schemas/glossary';
import { holidayYearSchema } from './schemas/holiday';
import { inventoryItemSchema } from './schemas/inventory';
import { phraseSchema } from './schemas/phrase';
import { processSchema } from './schemas/process';
import { questionSchema, quizSchema } from './schemas/quiz';
import { ruleSchema } from './schemas/rule';
import { searchIntentSchema } from './schemas/searchIntent';
import { stopWordGroupSchema } from './schemas/stopWords';
import { synonymSchema } from './schemas/synonym';
import { sequenceSchema } from './schemas/sequence';
import { situationSchema } from './schemas/situation';
import { sourceDocumentSchema } from './schemas/source';

const known = readKnownIds(process.cwd());

export const collections = {
  /** Overrides of Starlight's own UI strings (search dialog, 404), in src/content/i18n/zh-CN.json. */
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema({ extend: chapterFields(known) }) }),
  rules: defineCollection({ loader: yamlEntriesLoader(DATA_PATHS.rules), schema: ruleSchema(known) }),
  documents: defineCollection({ loader: yamlEntriesLoader(DATA_PATHS.documents), schema: documentListSchema(known) }),
  phrases: defineCollection({ loader: yamlEntriesLoader(DATA_PATHS.phrases), schema: phraseSchema(known) }),
  /** The situations phrases are said in, with when they happen: the order of every phrase list. */
  situations: defineCollection({ loader: yamlEntriesLoader(DATA_PATHS.situations), schema: situationSchema }),
  sources: defineCollection({ loader: yamlEntriesLoader(DATA_PATHS.sources), schema: sourceDocumentSchema(known) }),
  inventory: defineCollection({ loader: yamlEntriesLoader(DATA_PATHS.inventory), schema: inventoryItemSchema }),
  glossary: defineCollection({ loader: yamlEntriesLoader(DATA_PATHS.glossary), schema: glossarySchema(known) }),
  processes: defineCollection({ loader: yamlEntriesLoader(DATA_PATHS.processes), schema: processSchema(known) }),
  /** Step orders a source states in so many words; ordering questions are built only from these. */
  sequences: defineCollection({ loader: yamlEntriesLoader(DATA_PATHS.sequences), schema: sequenceSchema(known) }),
  /** Hand-written question banks (src/quizzes/banks); generated questions are added in src/lib/quizData.ts. */
  questions: defineCollection({ loader: yamlEntriesLoader(DATA_PATHS.questions), schema: questionSchema(known) }),
  quizzes: defineCollection({ loader: yamlEntriesLoader(DATA_PATHS.quizzes), schema: quizSchema(known) }),
  /** The State Council's yearly holiday notices, one file per year; they override chinese-days. */
  holidays: defineCollection({ loader: holidayLoader(DATA_PATHS.holidays), schema: holidayYearSchema }),
  comparisons: defineCollection({
    loader: yamlEntriesLoader(DATA_PATHS.comparisons),
    schema: comparisonSchema(known),
  }),
  /** Search: words dropped from a query, colloquial words mapped to the norms' terms, and what a question asks for. */
  stopWords: defineCollection({ loader: yamlEntriesLoader(DATA_PATHS.stopWords), schema: stopWordGroupSchema }),
  synonyms: defineCollection({ loader: yamlEntriesLoader(DATA_PATHS.synonyms), schema: synonymSchema(known) }),
  searchIntents: defineCollection({ loader: yamlEntriesLoader(DATA_PATHS.searchIntents), schema: searchIntentSchema }),
};
