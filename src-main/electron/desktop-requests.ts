// Inputs of the desktop-only IPC calls (dialogs, external links), parsed at the boundary, and the dialogs' settings.

import { z } from 'zod';
import type { DesktopCall } from './ipc-protocol';

const Extension = z.string().regex(/^[A-Za-z0-9]{1,10}$/, 'extensions are letters and digits, without a dot');

export const desktopInputs = {
  openFileDialog: z.undefined().or(z.object({}).strict()),
  saveFileDialog: z
    .object({
      defaultName: z.string().trim().min(1).max(200).refine((n) => !/[\\/\0]/.test(n), 'a file name, not a path'),
      filters: z.array(z.object({ name: z.string().min(1).max(60), extensions: z.array(Extension).min(1).max(10) })).max(10),
    })
    .strict(),
  confirmExternal: z.object({ url: z.string().min(1).max(4096) }).strict(),
} satisfies Record<DesktopCall, z.ZodType>;

export type DesktopInput<C extends DesktopCall> = z.output<(typeof desktopInputs)[C]>;

/** The formats the importer reads, for the File > Import… dialog. */
export const IMPORT_FILTERS = [
  { name: 'Articles', extensions: ['txt', 'md', 'markdown', 'html', 'htm', 'pdf', 'epub'] },
  { name: 'All files', extensions: ['*'] },
];

export function importDialogOptions() {
  return {
    title: 'Import articles',
    buttonLabel: 'Import',
    properties: ['openFile', 'multiSelections'] as Array<'openFile' | 'multiSelections'>,
    filters: IMPORT_FILTERS,
  };
}
