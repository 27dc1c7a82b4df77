// Filters on search documents: kind, outlet, figure, highlight colour, tag, publication date range.

import type { SearchFilters, StoredDoc } from './types';

/** True when `doc` passes every filter that is set. Date filters drop documents without a date. */
export function passesFilters(doc: StoredDoc, f: SearchFilters): boolean {
  if (f.kinds && f.kinds.length > 0 && !f.kinds.includes(doc.kind)) return false;
  if (f.outlet !== undefined && (doc.outlet ?? '').toLowerCase() !== f.outlet.toLowerCase()) return false;
  if (f.figureId !== undefined && !(doc.kind === 'figure' ? doc.id === f.figureId : doc.figureIds?.includes(f.figureId))) {
    return false;
  }
  if (f.colour !== undefined && doc.colour !== f.colour) return false;
  if (f.tag !== undefined && !doc.tags?.some((t) => t.toLowerCase() === f.tag!.toLowerCase())) return false;
  if (f.from !== undefined || f.to !== undefined) {
    const day = doc.published?.slice(0, 10);
    if (!day) return false;
    if (f.from !== undefined && day < f.from.slice(0, 10)) return false;
    if (f.to !== undefined && day > f.to.slice(0, 10)) return false;
  }
  return true;
}

export function hasFilters(f: SearchFilters | undefined): f is SearchFilters {
  return !!f && Object.values(f).some((v) => v !== undefined && !(Array.isArray(v) && v.length === 0));
}
