// PdfPrinter on Electron: a hidden, script-free, sandboxed window in its own offline session lays out the HTML
// (from a temporary file) and webContents.printToPDF turns it into PDF bytes.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import type { PdfPrinter, PrintOptions } from '../services/pdf/printer';
import { isAllowedPrintRequest, pdfPrintOptions } from './pdf-options';
import { printWindowOptions } from './window-options';

const PARTITION = 'quire-print'; // in-memory session (no "persist:" prefix): nothing is written to disk
const LOAD_TIMEOUT_MS = 30_000;

export class ElectronPdfPrinter implements PdfPrinter {
  private sessionReady = false;

  async print(html: string, opts: PrintOptions): Promise<Uint8Array> {
    this.lockDownSession();
    const dir = await mkdtemp(join(tmpdir(), 'quire-print-'));
    const file = join(dir, 'dossier.html');
    // Electronegativity cannot see through the options function: they come from SECURE_WEB_PREFERENCES (window-options.test.ts).
    const win = new BrowserWindow(printWindowOptions(PARTITION)); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK NODE_INTEGRATION_JS_CHECK AUXCLICK_JS_CHECK REMOTE_MODULE_JS_CHECK
    try {
      await writeFile(file, html, 'utf8');
      await withTimeout(win.loadURL(pathToFileURL(file).href), LOAD_TIMEOUT_MS, 'Loading the dossier for printing took too long');
      const pdf = await win.webContents.printToPDF(pdfPrintOptions(opts));
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      if (!win.isDestroyed()) win.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  }

  /** The print session may read only its own temporary file and inline data: never the network. */
  private lockDownSession(): void {
    if (this.sessionReady) return;
    const ses = session.fromPartition(PARTITION);
    ses.webRequest.onBeforeRequest((details, callback) => {
      callback({ cancel: !isAllowedPrintRequest(details.url) });
    });
    ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    this.sessionReady = true;
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
