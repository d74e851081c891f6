import fs from 'node:fs';
import path from 'node:path';
import { readManifest, type BackupManifest } from './pg-backup';

/*
 * The backup folder of the practice server's backups (pg-backup.ts): its manifests, newest
 * first, for the admin screen's list, and pruning for the scheduled command's `--keep`. Files
 * that are not a Valgo server backup are left alone.
 */

export interface FolderBackup {
  /** The manifest's file name. */
  file: string;
  manifest: BackupManifest;
}

/** Every readable server backup manifest in `folder`, newest first; none when the folder is missing. */
export function folderBackups(folder: string): FolderBackup[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((f) => f.startsWith('valgo-server-') && f.endsWith('-manifest.json'))
    .flatMap((f) => {
      try {
        return [{ file: f, manifest: readManifest(path.join(folder, f)) }];
      } catch {
        return [];
      }
    })
    .sort((a, b) => b.manifest.createdAt.localeCompare(a.manifest.createdAt));
}

/**
 * Keeps the `keep` newest backups in `folder` (by the manifests' times) and deletes the older
 * ones' dump, roles and manifest files. Files that are not a Valgo server backup are left alone.
 */
export function pruneBackups(folder: string, keep: number): string[] {
  const manifests = folderBackups(folder);
  const removed: string[] = [];
  for (const { file, manifest } of manifests.slice(Math.max(0, keep))) {
    for (const name of [manifest.dump.file, manifest.roles?.file, file]) {
      if (!name || path.basename(name) !== name) continue;
      fs.rmSync(path.join(folder, name), { force: true });
      removed.push(name);
    }
  }
  return removed;
}
