// The API contract: every method the renderer may call, with its zod input schema and its output type.
// The three doors (Electron IPC, HTTP web mode, CLI) all dispatch through this one map.

import { z } from 'zod';
import type { Article, ArticleSummary, Settings } from '../model';
import { ArticlePatchSchema, Id, ImportReport, UploadedFileSchema } from './schemas';
import { figureInputs, type FigureOutputs } from './figures';
import { dossierInputs, type DossierOutputs } from './dossiers';
import { highlightInputs, type HighlightOutputs } from './highlights';
import { compareInputs, type CompareOutputs } from './compare';
import { searchInputs, type SearchOutputs } from './search';
import { importInputs, importLocalOnly, type ImportOutputs } from './imports';
import { storyMapInputs, type StoryMapOutputs } from './storymap';
import { trashInputs, type TrashOutputs } from './trash';
import { empty } from './schemas';

/** An article as the reader gets it: everything but the original file content. */
export type ArticleView = Omit<Article, 'source'> & { source: { fileName: string; format: Article['source']['format'] } };

export interface NotebookInfo {
  dataDir: string;
  schemaVersion: number;
  articles: number;
  readOnly: boolean;
  messages: string[];
}


const articleInputs = {
  notebookInfo: empty,
  listArticles: empty,
  getArticle: z.object({ id: Id }).strict(),
  importFiles: z.object({ paths: z.array(z.string().min(1)).min(1).max(10_000) }).strict(),
  importUploads: z.object({ files: z.array(UploadedFileSchema).min(1).max(500) }).strict(),
  updateArticle: z.object({ id: Id, patch: ArticlePatchSchema }).strict(),
  deleteArticle: z.object({ id: Id }).strict(),
  getSettings: empty,
  updateSettings: z
    .object({
      colourNames: z.array(z.string().trim().min(1).max(40)).length(5).optional(),
      theme: z.enum(['system', 'light', 'dark']).optional(),
    })
    .strict(),
} as const;

interface ArticleOutputs {
  notebookInfo: NotebookInfo;
  listArticles: ArticleSummary[];
  getArticle: ArticleView;
  importFiles: ImportReport;
  importUploads: ImportReport;
  updateArticle: ArticleView;
  deleteArticle: { deleted: string };
  getSettings: Settings;
  updateSettings: Settings;
}

/** Every method's input schema; each feature declares its own in contract/<feature>.ts. */
export const inputs = {
  ...articleInputs,
  ...figureInputs,
  ...dossierInputs,
  ...highlightInputs,
  ...compareInputs,
  ...searchInputs,
  ...importInputs,
  ...trashInputs,
  ...storyMapInputs,
} as const;

export interface Outputs extends ArticleOutputs, FigureOutputs, DossierOutputs, HighlightOutputs, CompareOutputs, SearchOutputs, ImportOutputs, TrashOutputs, StoryMapOutputs {}

export type Method = keyof typeof inputs & keyof Outputs;
export type Input<M extends Method> = z.input<(typeof inputs)[M]>;
export type ParsedInput<M extends Method> = z.output<(typeof inputs)[M]>;
export type Output<M extends Method> = Outputs[M];
export type Handlers = { [M in Method]: (input: ParsedInput<M>) => Promise<Output<M>> };
/** The handlers of one feature's methods. */
export type HandlersOf<T> = Pick<Handlers, keyof T & Method>;

export const methods = Object.keys(inputs) as Method[];

/** Methods that only make sense where the caller can name files on this machine (desktop, CLI). */
export const localOnly: ReadonlySet<Method> = new Set<Method>(['importFiles', 'exportDossierToFile', 'exportAllDossiers', ...importLocalOnly]);

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(inputs, name);
}
