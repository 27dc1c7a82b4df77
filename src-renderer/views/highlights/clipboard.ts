// Copying text to the clipboard (async API, else a copy event) and saving text as a downloaded file.

/** true when the text reached the clipboard. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    let done = false;
    const onCopy = (e: ClipboardEvent) => {
      e.clipboardData?.setData('text/plain', text);
      e.preventDefault();
      done = true;
    };
    document.addEventListener('copy', onCopy, { once: true });
    try {
      document.execCommand('copy');
    } finally {
      document.removeEventListener('copy', onCopy);
    }
    return done;
  }
}

/** Offers `text` as a file download (web mode and desktop alike). */
export function downloadText(fileName: string, text: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
