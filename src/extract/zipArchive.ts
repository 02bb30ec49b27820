/*
 * Just enough of the ZIP format to tell what an archive holds and how large it claims to unpack to before
 * anything is inflated, and to inflate one small entry with the platform's DecompressionStream (Node and
 * browsers alike). Reading a hostile file must never throw past these functions' documented results.
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

/**
 * Inflates one entry, stopping as soon as it grows past `maxBytes` (declared sizes can lie). Resolves to
 * null when the entry cannot be read: a bad local header, an unknown method, broken deflate data, or too big.
 */
export async function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Promise<Uint8Array | null> {
  let data: Uint8Array;
  try {
    const read = reader(bytes);
    const local = entry.localHeaderOffset;
    if (read.u32(local) !== LOCAL_FILE_HEADER) return null;
    data = read.slice(local + 30 + read.u16(local + 26) + read.u16(local + 28), entry.compressedSize);
  } catch (error) {
    if (error instanceof OutOfBounds) return null;
    throw error;
  }
  if (entry.method === 0) return data.byteLength <= maxBytes ? data : null;
  if (entry.method !== 8) return null;

  const chunks: Uint8Array[] = [];
  let total = 0;
  const inflated = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const chunkReader = inflated.getReader();
  try {
    for (;;) {
      const { done, value } = await chunkReader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) return null;
      chunks.push(value);
    }
  } catch {
    return null;
  } finally {
    await chunkReader.cancel().catch(() => undefined);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}
