import { Inflate } from 'fflate';

/*
 * Just enough of the ZIP format to tell what an archive holds and how large it claims to unpack to before
 * anything is inflated, and to inflate one entry under a cap that holds whatever the archive declares.
 * Inflating is synchronous (fflate), in small steps: format detection, itself synchronous, reads a part too,
 * and a step bounds how far past its cap a bomb gets. Reading a hostile file must never throw past these
 * functions' documented results.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** As the central directory declares it: a zip bomb declares sizes far beyond its own. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const ZIP64_END_OF_CENTRAL_DIRECTORY = 0x06064b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const ZIP64_EXTRA_FIELD = 0x0001;
const MAX_COMMENT = 0xffff;
const SIZE_IN_ZIP64 = 0xffffffff;

class OutOfBounds extends Error {}

/** A bounds-checked little-endian reader: any read past the end throws OutOfBounds. */
function reader(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const check = (offset: number, length: number) => {
    if (!Number.isSafeInteger(offset) || offset < 0 || offset + length > bytes.byteLength) throw new OutOfBounds();
  };
  return {
    u16: (offset: number) => (check(offset, 2), view.getUint16(offset, true)),
    u32: (offset: number) => (check(offset, 4), view.getUint32(offset, true)),
    u64: (offset: number) => (check(offset, 8), Number(view.getBigUint64(offset, true))),
    slice: (offset: number, length: number) => (check(offset, length), bytes.subarray(offset, offset + length)),
  };
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05);
}

/** The archive's entries from its central directory, or null when there is no readable directory. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] | null {
  try {
    return readCentralDirectory(bytes);
  } catch (error) {
    if (error instanceof OutOfBounds) return null;
    throw error;
  }
}

function readCentralDirectory(bytes: Uint8Array): ZipEntry[] | null {
  const read = reader(bytes);
  const end = findEndOfCentralDirectory(bytes, read);
  if (end < 0) return null;

  let count = read.u16(end + 10);
  let offset = read.u32(end + 16);
  if (count === 0xffff || offset === SIZE_IN_ZIP64) {
    const locator = end - 20;
    if (read.u32(locator) !== ZIP64_END_LOCATOR) return null;
    const zip64End = read.u64(locator + 8);
    if (read.u32(zip64End) !== ZIP64_END_OF_CENTRAL_DIRECTORY) return null;
    count = read.u64(zip64End + 32);
    offset = read.u64(zip64End + 48);
  }

  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (read.u32(offset) !== CENTRAL_FILE_HEADER) return null;
    const nameLength = read.u16(offset + 28);
    const extraLength = read.u16(offset + 30);
    const commentLength = read.u16(offset + 32);
    const entry: ZipEntry = {
      name: names.decode(read.slice(offset + 46, nameLength)),
      method: read.u16(offset + 10),
      compressedSize: read.u32(offset + 20),
      uncompressedSize: read.u32(offset + 24),
      localHeaderOffset: read.u32(offset + 42),
    };
    applyZip64Extra(entry, read.slice(offset + 46 + nameLength, extraLength));
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndOfCentralDirectory(bytes: Uint8Array, read: ReturnType<typeof reader>): number {
  const last = bytes.byteLength - 22;
  for (let offset = last; offset >= 0 && offset >= last - MAX_COMMENT; offset -= 1) {
    if (read.u32(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return -1;
}

/** Sizes and offsets too large for 32 bits live in the ZIP64 extra field, in this order. */
function applyZip64Extra(entry: ZipEntry, extra: Uint8Array): void {
  const read = reader(extra);
  for (let offset = 0; offset + 4 <= extra.byteLength; ) {
    const id = read.u16(offset);
    const size = read.u16(offset + 2);
    if (id === ZIP64_EXTRA_FIELD) {
      let field = offset + 4;
      for (const key of ['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const) {
        if (entry[key] !== SIZE_IN_ZIP64) continue;
        entry[key] = read.u64(field);
        field += 8;
      }
      return;
    }
    offset += 4 + size;
  }
}

const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 0x0001;
/**
 * Compressed bytes handed to the inflater at a time. Deflate expands at most about 1,032 times, so one step
 * produces at most ~4 MB: the most an entry can overshoot its cap by before it is stopped.
 */
const INFLATE_STEP_BYTES = 4 * 1024;

/**
 * An entry's data as stored in the archive (still compressed), or null when it cannot be read at all: its
 * local header is missing or disagrees with the directory on the method, it is encrypted, or its method is
 * neither store nor deflate.
 */
export function zipEntryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  if (entry.method !== STORED && entry.method !== DEFLATED) return null;
  try {
    const read = reader(bytes);
    const local = entry.localHeaderOffset;
    if (read.u32(local) !== LOCAL_FILE_HEADER || (read.u16(local + 6) & ENCRYPTED_FLAG) !== 0) return null;
    // A method that differs from the directory's is damage; which one a reader believes is anyone's guess.
    if (read.u16(local + 8) !== entry.method) return null;
    return read.slice(local + 30 + read.u16(local + 26) + read.u16(local + 28), entry.compressedSize);
  } catch (error) {
    if (error instanceof OutOfBounds) return null;
    throw error;
  }
}

export type ZipEntryContent =
  | { status: 'read'; bytes: Uint8Array }
  /** It unpacked to more than the cap it was read under, whatever size it declared; reading stopped there. */
  | { status: 'over-cap' }
  /** What `zipEntryData` cannot read, or deflate data that is broken or cut off. */
  | { status: 'unreadable' };

/**
 * Unpacks one entry, stopping as soon as it grows past `maxBytes`: declared sizes are never trusted, so a zip
 * bomb costs at most the cap (plus one inflate step) however far it would expand.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): ZipEntryContent {
  const data = zipEntryData(bytes, entry);
  if (data === null) return { status: 'unreadable' };
  if (entry.method === STORED) return data.byteLength <= maxBytes ? { status: 'read', bytes: data } : { status: 'over-cap' };

  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.byteLength;
    if (total <= maxBytes) chunks.push(chunk);
  });
  try {
    // At least one step, so that empty data still reaches the inflater as its final chunk.
    let offset = 0;
    do {
      const end = Math.min(offset + INFLATE_STEP_BYTES, data.byteLength);
      inflater.push(data.subarray(offset, end), end === data.byteLength);
      offset = end;
    } while (offset < data.byteLength && total <= maxBytes);
  } catch {
    return { status: 'unreadable' };
  }
  if (total > maxBytes) return { status: 'over-cap' };
  return { status: 'read', bytes: concat(chunks, total) };
}

function concat(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
