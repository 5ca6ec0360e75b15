// The bytes of a folder's files read several to one Blob read. In Chromium each read of a Blob
// costs about half a millisecond of the browser's CPU whatever its size (1,000 files of 18 KB:
// 440–510 ms read one by one, 160–200 ms sixteen to a read, 100–140 ms sixty-four to a read;
// 29 Nov 2026), which was a fiftieth of a page's cost in a folder import.

/** Files read together: at most this many ... */
const GROUP_FILES = 32;
/** ... and this many bytes (a file larger than half of it is read alone). */
const GROUP_BYTES = 2 * 1024 * 1024;

/**
 * Reads files by their index, as `file.arrayBuffer()` would give them, taking the files after
 * an index not read yet along in the same read. A group's read that fails (a file moved or
 * deleted meanwhile) is done again file by file, so only the file that cannot be read fails.
 * Files are meant to be read in order, each once; `readable(i)` says which may join a group
 * (a bundle streamed apart does not).
 */
export class GroupedReads {
  private readonly ahead = new Map<number, Promise<Uint8Array>>();

  constructor(
    private readonly files: readonly Blob[],
    private readonly readable: (index: number) => boolean = () => true,
  ) {}

  read(index: number): Promise<Uint8Array> {
    const early = this.ahead.get(index);
    if (early) {
      this.ahead.delete(index);
      return early;
    }
    const group = this.groupFrom(index);
    if (group.length === 1) return readAlone(this.files[index]!);
    const all = readAll(group.map((i) => this.files[i]!));
    const parts = group.map((i, n) =>
      all.then(
        (bytes) => bytes[n]!,
        () => readAlone(this.files[i]!),
      ),
    );
    for (let n = 1; n < group.length; n++) {
      // A part never asked for (the import stopped) must not report an unhandled rejection.
      parts[n]!.catch(() => undefined);
      this.ahead.set(group[n]!, parts[n]!);
    }
    return parts[0]!;
  }

  /** `index` and the readable files after it not read yet, within the group's bounds. */
  private groupFrom(index: number): number[] {
    const group = [index];
    let bytes = this.files[index]!.size;
    if (bytes > GROUP_BYTES / 2) return group;
    for (let i = index + 1; i < this.files.length && group.length < GROUP_FILES; i++) {
      if (this.ahead.has(i) || !this.readable(i)) break;
      const size = this.files[i]!.size;
      if (size > GROUP_BYTES / 2 || bytes + size > GROUP_BYTES) break;
      group.push(i);
      bytes += size;
    }
    return group;
  }
}

async function readAlone(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** The files' bytes, one read for all of them, cut apart by their sizes. */
async function readAll(files: Blob[]): Promise<Uint8Array[]> {
  const all = new Uint8Array(await new Blob(files).arrayBuffer());
  const parts: Uint8Array[] = [];
  let at = 0;
  for (const file of files) {
    parts.push(all.subarray(at, at + file.size));
    at += file.size;
  }
  if (at !== all.length) throw new Error('a file changed size while it was read');
  return parts;
}
