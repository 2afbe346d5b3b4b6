/** The search.* strings of src/i18n/ui.ts, for a data attribute: the search scripts then ship no string table. */
import { ui } from '../i18n/ui';

export function searchStrings(): Record<string, string> {
  return Object.fromEntries(Object.entries(ui).filter(([key]) => key.startsWith('search.')));
}
