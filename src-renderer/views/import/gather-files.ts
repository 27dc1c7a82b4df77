// Files for an import from a drop or a file input: folders walked (webkitGetAsEntry), unreadable kinds set aside.

/** Extensions Quire imports (the same list as the main process's importers). */
export const IMPORTABLE = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml', 'pdf', 'epub'];
/** Largest file sent (the main process refuses larger ones anyway; this keeps them off the wire). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export interface Gathered {
  files: { file: File; name: string }[]; // name: the path inside a dropped folder, else the file name
  skipped: { file: string; reason: string }[];
}

/** Splits `candidates` into files to send and files skipped with a reason (hidden, unsupported, too large). */
export function sortFiles(candidates: { file: File; name: string }[]): Gathered {
  const out: Gathered = { files: [], skipped: [] };
  for (const c of candidates) {
    const base = c.name.split('/').pop() ?? c.name;
    const ext = /\.([^.]+)$/.exec(base)?.[1]?.toLowerCase() ?? '';
    if (base.startsWith('.')) out.skipped.push({ file: c.name, reason: 'hidden file' });
    else if (!IMPORTABLE.includes(ext)) out.skipped.push({ file: c.name, reason: ext ? `unsupported file type .${ext}` : 'no file extension' });
    else if (c.file.size > MAX_FILE_BYTES) out.skipped.push({ file: c.name, reason: `file too large (limit ${MAX_FILE_BYTES / 1024 / 1024} MB)` });
    else out.files.push(c);
  }
  return out;
}

/** Every file in a drop, folders included (read recursively through the File and Directory Entries API). */
export async function filesFromDrop(data: DataTransfer): Promise<{ file: File; name: string }[]> {
  const entries = Array.from(data.items)
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null))
    .filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) return Array.from(data.files).map((file) => ({ file, name: file.name }));
  const out: { file: File; name: string }[] = [];
  for (const entry of entries) await walk(entry, out);
  return out;
}

async function walk(entry: FileSystemEntry, out: { file: File; name: string }[]): Promise<void> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    out.push({ file, name: entry.fullPath.replace(/^\//, '') || file.name });
    return;
  }
  if (!entry.isDirectory || entry.name.startsWith('.')) return;
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break; // readEntries returns at most ~100 entries a call
    for (const child of batch.sort((a, b) => (a.name < b.name ? -1 : 1))) await walk(child, out);
  }
}

/** The bytes of a file as base64 (every upload goes as bytes, so the main process sees exactly what is on disk). */
export async function toBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let out = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(out);
}

/** Groups files into upload batches of at most `maxFiles` files and about `maxBytes` (a request stays small). */
export function batches<T extends { file: { size: number } }>(files: T[], maxFiles = 200, maxBytes = 8 * 1024 * 1024): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let size = 0;
  for (const f of files) {
    if (cur.length && (cur.length >= maxFiles || size + f.file.size > maxBytes)) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(f);
    size += f.file.size;
  }
  if (cur.length) out.push(cur);
  return out;
}
