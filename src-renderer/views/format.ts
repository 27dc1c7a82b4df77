// Small display formatters shared by views.

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return 'undated';
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

export function formatWords(words: number): string {
  return `${words.toLocaleString()} words`;
}
