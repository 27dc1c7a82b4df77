// The names a [[link]] may point at (figures, articles, notes), fetched once per page and resolved by the shared resolver.

import type { ApiClient } from '../../api/client';
import type { LinkTargetsView } from '../../../src-main/shared/contract/highlights';
import { linkResolver, type ResolvedLink } from '../../../src-main/shared/link-resolver';

export type ResolvedTarget = ResolvedLink;

export interface LinkIndex {
  targets: LinkTargetsView;
  resolve(target: string): ResolvedTarget | null;
}

let cached: Promise<LinkIndex> | undefined;

/** The link index, shared by every view until `forgetLinkTargets` (after a note is created, renamed or deleted). */
export function loadLinkTargets(api: ApiClient): Promise<LinkIndex> {
  cached ??= api.call('linkTargets', {}).then(buildIndex).catch((e: unknown) => {
    cached = undefined;
    throw e;
  });
  return cached;
}

export function forgetLinkTargets(): void {
  cached = undefined;
}

/** Resolved exactly as the core resolves links when it saves a note (figures first, then articles, then notes). */
export function buildIndex(targets: LinkTargetsView): LinkIndex {
  const resolver = linkResolver(targets);
  return { targets, resolve: (target) => resolver.resolve(target) };
}
