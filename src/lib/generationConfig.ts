/** Reads src/quizzes/generation.yaml through its schema; a mistake fails the build naming the file and the field. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { generationSchema, type GenerationConfig } from '../schemas/generation';
import type { KnownIds } from '../schemas/refs';

export const GENERATION_PATH = 'src/quizzes/generation.yaml';

export function readGenerationConfig(root: string, known: KnownIds): GenerationConfig {
  const result = generationSchema(known).safeParse(parse(readFileSync(join(root, GENERATION_PATH), 'utf-8')));
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  ${i.path.join('.') || '(整个文件)'}: ${i.message}`);
  throw new Error(`${GENERATION_PATH} 有错误：\n${lines.join('\n')}`);
}
