/**
 * Ids for generated options, ordering items and matching pairs, derived from their text: the
 * same wording always gets the same id, a different wording a different one, wherever the option
 * appears and whatever the order of the data. 7 base-36 characters of a 32-bit FNV-1a hash of
 * the normalised text (NFKC, whitespace removed), which fits the option id pattern.
 */
import { hashSeed } from '../lib/random';

export const normaliseText = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

export const contentId = (text: string) => hashSeed(normaliseText(text)).toString(36).padStart(7, '0');
