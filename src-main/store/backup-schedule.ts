// When the store takes a backup: before a write at most hourly, as soon as a store file exists that the newest backup
// lacks (a young notebook's first notes), and always before a migration (which never runs without one).

import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createBackup, filesIn, HOUR_MS, listBackups, pruneBackups, STORE_FILES } from './backups';
import type { StoreFs } from './durable-file';

export class BackupSchedule {
  private last = 0;
  private lastFiles: string[] = [];

  constructor(private readonly dataDir: string, private readonly fs: StoreFs) {}

  /** Reads when the newest backup was taken and what it holds. */
  async init(): Promise<number> {
    const backups = await listBackups(this.dataDir);
    this.last = backups[0]?.at.getTime() ?? 0;
    this.lastFiles = backups[0] ? await filesIn(backups[0]) : [];
    return backups.length;
  }

  /** Backs the store files up if one is due (or `force`); a failed routine backup only waits for the next write. */
  async beforeWrite(now: Date, reason = 'hourly', force = false): Promise<void> {
    const missing = Object.values(STORE_FILES).some((f) => !this.lastFiles.includes(f) && existsSync(join(this.dataDir, f)));
    if (!force && !missing && now.getTime() - this.last < HOUR_MS) return;
    try {
      const made = await createBackup(this.dataDir, reason, now, this.fs);
      if (made) {
        this.last = now.getTime();
        this.lastFiles = made.files ?? [];
      }
      await pruneBackups(this.dataDir);
    } catch (err) {
      if (force) throw err;
    }
  }
}
