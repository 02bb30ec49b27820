/**
 * Decodes a text file: UTF-8 with or without BOM, UTF-16 LE or BE with or without BOM. Null when the bytes
 * are not text in one of those encodings, or hold NUL or other C0 control characters that no text file
 * carries (a sign of binary data).
 */
export function decodeText(bytes: Uint8Array): string | null {
  const encoding = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : unmarkedUtf16(bytes) ?? 'utf-8';
  let text: string;
  try {
    // The decoder drops a BOM matching its encoding; `fatal` turns any invalid sequence into an error.
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return /[\u0000-\u0008\u000E-\u001F]/.test(text) ? null : text;
}

/** Bytes sampled to tell UTF-16 without a BOM: a resume's first lines settle it. */
const UTF16_SAMPLE_BYTES = 4096;
/**
 * Latin-script text in UTF-16 has a zero high byte in nearly every code unit; binary data has zeros
 * scattered on both sides. Half the units is far below what any Latin resume shows and far above chance.
 */
const UTF16_ZERO_SHARE = 0.5;

/**
 * UTF-16 written without a byte order mark (some Windows tools do), told by where its zero bytes fall: all
 * on the odd bytes is little-endian, all on the even bytes big-endian. Text in scripts whose code units have
 * no zero byte cannot be told this way and stays undetected.
 */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, Math.min(bytes.byteLength, UTF16_SAMPLE_BYTES) & ~1);
  if (sample.byteLength < 4) return null;
  let zerosEven = 0;
  let zerosOdd = 0;
  for (let i = 0; i < sample.byteLength; i += 2) {
    if (sample[i] === 0) zerosEven += 1;
    if (sample[i + 1] === 0) zerosOdd += 1;
  }
  const units = sample.byteLength / 2;
  if (zerosOdd >= UTF16_ZERO_SHARE * units && zerosEven === 0) return 'utf-16le';
  if (zerosEven >= UTF16_ZERO_SHARE * units && zerosOdd === 0) return 'utf-16be';
  return null;
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
