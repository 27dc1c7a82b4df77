// Wires every service over one store and maps the contract's methods to them: the one place the doors call.
// Each feature lives in its own file (services/<feature>.ts) and contributes its handlers here.

import type { Handlers } from '../shared/contract/api';
import { ArticleService } from './articles';
import type { ServiceContext } from './context';
import { CopyIndex } from './copies';
import { createFigureFeature } from './figures';
import { createHighlightFeature } from './highlights';
import { createCompareFeature } from './compare';
import { createDossierFeature } from './dossiers';
import { createSearchFeature } from './search';
import { createImportFeature } from './import-jobs';
import { createStoryMapFeature } from './storymap';
import { SettingsService } from './settings';
import { createTrashFeature } from './trash';

export function createServices(ctx: ServiceContext) {
  const copies = new CopyIndex(ctx.store);
  const articles = new ArticleService(ctx, copies);
  const settings = new SettingsService(ctx);
  const base = { ctx, copies, articles, settings };
  const figures = createFigureFeature(base);
  const highlights = createHighlightFeature({ ...base, figures: figures.service });
  // A re-imported file with changed text replaces its older version: its highlights move over and are re-anchored.
  articles.onNewVersion = async (newId, oldId) => void (await highlights.service.reanchor(newId, oldId));
  const compare = createCompareFeature({ ...base, figures: figures.service });
  const storyMap = createStoryMapFeature({ ...base, figures: figures.service });
  const dossiers = createDossierFeature({ ...base, figures: figures.service, highlights: highlights.service, storyMap: storyMap.service });
  const imports = createImportFeature(base);
  const search = createSearchFeature({ ...base, figures: figures.service, highlights: highlights.service });
  const handlers: Handlers = {
    notebookInfo: async () => articles.info(),
    listArticles: () => articles.list(),
    getArticle: ({ id }) => articles.get(id),
    importFiles: ({ paths }) => articles.importPaths(paths),
    importUploads: ({ files }) => articles.importUploads(files),
    updateArticle: ({ id, patch }) => articles.update(id, patch),
    deleteArticle: ({ id }) => articles.delete(id),
    getSettings: async () => settings.get(),
    updateSettings: (patch) => settings.update(patch),
    ...figures.handlers,
    ...highlights.handlers,
    ...compare.handlers,
    ...dossiers.handlers,
    ...search.handlers,
    ...imports.handlers,
    ...createTrashFeature(ctx).handlers,
    ...storyMap.handlers,
  };
  return {
    ...base,
    figures: figures.service,
    highlights: highlights.service,
    compare: compare.service,
    dossiers: dossiers.service,
    search: search.service,
    imports: imports.service,
    storyMap: storyMap.service,
    handlers,
  };
}

export type Services = ReturnType<typeof createServices>;
/** What every feature factory receives. */
export interface BaseServices {
  ctx: ServiceContext;
  copies: CopyIndex;
  articles: ArticleService;
  settings: SettingsService;
}
