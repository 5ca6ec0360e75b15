/** Saves text as a file through the browser's download of a blob URL (no downloads permission). */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a chosen file, with a message a reader understands when it cannot be read. */
export async function readFileText(file: File): Promise<string> {
  try {
    return await file.text();
  } catch {
    throw new Error(`${file.name} could not be read. Is it still on the disk?`);
  }
}
