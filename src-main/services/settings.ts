// Notebook settings: colour meanings and theme.

import type { Settings } from '../shared/model';
import type { ServiceContext } from './context';

export class SettingsService {
  constructor(private readonly ctx: ServiceContext) {}

  get(): Settings {
    return this.ctx.store.data.settings;
  }

  async update(patch: { colourNames?: string[]; theme?: Settings['theme'] }): Promise<Settings> {
    await this.ctx.store.update((d) => {
      if (patch.colourNames) d.settings.colourNames = patch.colourNames as Settings['colourNames'];
      if (patch.theme) d.settings.theme = patch.theme;
    });
    return this.get();
  }
}
