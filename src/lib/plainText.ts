/**
 * Text a person typed, made safe to carry in a link, a certificate and an XML manifest: control
 * characters and broken surrogate halves are removed (Word's Shift+Enter line break arrives as
 * U+000B, which XML 1.0 forbids), line breaks and tabs become spaces, runs of spaces shrink to one.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;
/** Half of a surrogate pair without its other half: not a character, and not allowed in XML. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function plainText(text: string): string {
  return text.replace(CONTROL, '').replace(LONE_SURROGATE, '').replace(/[\t\n\r\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Whether `text` is already plain (what a link may carry). */
export const isPlainText = (text: string) => plainText(text) === text;
