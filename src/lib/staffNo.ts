/**
 * Staff numbers as people type them: full-width digits from a Chinese input method, spaces,
 * lower case. One normal form, used wherever two staff numbers are compared (the expected roster,
 * duplicates, the per-trainee draw), so "Ａ１００２ " and "a1002" are the same person.
 */
export function staffKey(staffNo: string): string {
  return staffNo.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}
