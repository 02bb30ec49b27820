/**
 * Decodes a text file: UTF-8 with or without BOM, UTF-16 LE or BE with BOM. Null when the bytes are not
 * text in one of those encodings, or hold NUL or other C0 control characters that no text file carries
 * (a sign of binary data, or of UTF-16 without a BOM).
 */
export function decodeText(bytes: Uint8Array): string | null {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : 'utf-8';
  let text: string;
  try {
    // The decoder drops a BOM matching its encoding; `fatal` turns any invalid sequence into an error.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return /[\u0000-\u0008\u000E-\u001F]/.test(text) ? null : text;
}

/**
 * True when bytes that are not valid UTF-8 still look like text in a legacy single-byte encoding
 * (Windows-1252, Latin-1): no NUL bytes and almost only printable bytes.
 */
export function looksLikeLegacyText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let binary = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) binary += 1;
  }
  return binary <= sample.byteLength / 100;
}
