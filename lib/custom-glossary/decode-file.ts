/**
 * The text of an import file, in the encoding it was saved in. Decoding is the platform's
 * TextDecoder (the WHATWG Encoding Standard, the same tables in Chromium, Firefox and Node); what
 * is ours is only telling which encoding a file is in, by rules that are certain rather than a
 * statistical guess (a detector such as chardet names ISO-8859-x variants for short Danish texts,
 * whose æ, ø and å differ):
 *
 * 1. a byte-order mark says it: UTF-8, UTF-16 LE or UTF-16 BE;
 * 2. UTF-16 without a mark shows as a zero byte in every other place of Latin text;
 * 3. bytes that are valid UTF-8 are UTF-8 (Excel's "CSV UTF-8", every editor's default);
 * 4. anything else is Windows-1252 — what Danish Excel on Windows writes for "CSV
 *    (semikolonsepareret)" — unless it holds a byte Windows-1252 leaves undefined or a control
 *    character no text file holds: then the file is refused with the reason, never decoded to "�".
 */
export type DecodedFile = { text: string; encoding: FileEncoding; fatal?: undefined } | { fatal: string; text?: undefined };

export type FileEncoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

/** What the preview says the file was read as. */
export const ENCODING_NAMES: Record<FileEncoding, string> = {
  'UTF-8': 'UTF-8',
  'UTF-16LE': 'UTF-16 (little-endian)',
  'UTF-16BE': 'UTF-16 (big-endian)',
  'Windows-1252': 'Windows-1252 (Excels "CSV (semikolonsepareret)")',
};

const decode = (label: string, bytes: Uint8Array, fatal = true) => new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes);

/** Zero bytes in the even (big-endian) or odd (little-endian) places of the first kilobytes. */
function utf16WithoutMark(bytes: Uint8Array): FileEncoding | undefined {
  const length = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (length < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) even += 1;
    if (bytes[index + 1] === 0) odd += 1;
  }
  const pairs = length / 2;
  if (odd > pairs * 0.4 && even < pairs * 0.05) return 'UTF-16LE';
  if (even > pairs * 0.4 && odd < pairs * 0.05) return 'UTF-16BE';
  return undefined;
}

/** Control characters no spreadsheet or editor writes in a text file (tab, line feed and carriage return are fine). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** The five bytes Windows-1252 leaves undefined; the decoder gives them as C1 controls. */
const UNDEFINED_IN_1252 = /[\u0081\u008d\u008f\u0090\u009d]/;

/**
 * Bytes 0x80–0x9F of Windows-1252 (the Encoding Standard's index-windows-1252): Chromium's and
 * Firefox's TextDecoder give these, Node 20's gives C1 controls (it decodes the label as
 * ISO-8859-1). Mapped here, the result is the same in every engine, tests included.
 */
const HIGH_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const C1 = /[\u0080-\u009f]/g;

const NOT_TEXT =
  'Filen er ikke en tekstfil, der kan læses: den er hverken UTF-8, UTF-16 eller Windows-1252. Gem den i regnearket som "CSV UTF-8 (kommasepareret)" eller "CSV (semikolonsepareret)", og prøv igen.';

function withoutControls(text: string, encoding: FileEncoding): DecodedFile {
  return CONTROL.test(text) ? { fatal: NOT_TEXT } : { text, encoding };
}

/** Decodes an import file's bytes; see the module's comment for how the encoding is told. */
export function decodeFile(bytes: Uint8Array): DecodedFile {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return { fatal: 'Filen er en Excel-projektmappe (.xlsx) eller en anden zip-fil, ikke CSV. Gem den i Excel som "CSV UTF-8 (kommasepareret)", og vælg den fil.' };
  }
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return withoutControls(decode('utf-8', bytes), 'UTF-8');
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return withoutControls(decode('utf-16le', bytes), 'UTF-16LE');
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return withoutControls(decode('utf-16be', bytes), 'UTF-16BE');
    const sixteen = utf16WithoutMark(bytes);
    if (sixteen) return withoutControls(decode(sixteen === 'UTF-16LE' ? 'utf-16le' : 'utf-16be', bytes), sixteen);
  } catch {
    return { fatal: NOT_TEXT };
  }
  try {
    return withoutControls(decode('utf-8', bytes), 'UTF-8');
  } catch {
    // Not UTF-8: a legacy Windows file.
  }
  const text = decode('windows-1252', bytes, false).replace(C1, (char) => HIGH_1252[char.charCodeAt(0) - 0x80] ?? char);
  if (UNDEFINED_IN_1252.test(text)) return { fatal: NOT_TEXT };
  return withoutControls(text, 'Windows-1252');
}
