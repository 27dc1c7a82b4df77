// The library's side-by-side tray: articles ticked or dragged onto it, and the actions that open them together.

import { css, html, nothing } from 'lit';
import { href } from '../../app/router';
import { tip } from '../../ui/tip';

/** The drag-and-drop type the library puts an article id under (panes and this tray accept it). */
export const ARTICLE_DRAG_TYPE = 'application/x-quire-article';
export const MAX_SIDE_BY_SIDE = 4;

/** Renders the tray; `update` receives the new list when something is dropped or removed. */
export function renderPicker(picked: string[], titles: Map<string, string>, update: (ids: string[]) => void) {
  const over = (e: DragEvent) => {
    if (!e.dataTransfer?.types.includes(ARTICLE_DRAG_TYPE)) return;
    e.preventDefault();
    (e.currentTarget as HTMLElement).classList.add('over');
  };
  const leave = (e: DragEvent) => (e.currentTarget as HTMLElement).classList.remove('over');
  const drop = (e: DragEvent) => {
    leave(e);
    const id = e.dataTransfer?.getData(ARTICLE_DRAG_TYPE);
    if (!id) return;
    e.preventDefault();
    if (!picked.includes(id)) update([...picked, id].slice(-MAX_SIDE_BY_SIDE));
  };
  const n = picked.length;
  return html`<div class="tray" role="group" aria-label="Read side by side" @dragover=${over} @dragleave=${leave} @drop=${drop}>
    ${n === 0
      ? html`<span class="hint">Tick two to four articles, or drag them here, to read them side by side.</span>`
      : html`<ul>${picked.map((id) => html`<li><span class="name">${titles.get(id) ?? id}</span>${tip('Take off the tray', html`<button aria-label=${`Remove ${titles.get(id) ?? id}`} @click=${() => update(picked.filter((x) => x !== id))}>×</button>`)}</li>`)}</ul>
        <span class="actions">
          ${n >= 2 && n <= MAX_SIDE_BY_SIDE ? html`<a class="act primary" href=${href('side', ...picked)}>Read side by side</a>` : html`<span class="hint">${n > MAX_SIDE_BY_SIDE ? `At most ${MAX_SIDE_BY_SIDE}` : 'Pick one more'}</span>`}
          ${n === 2 ? html`<a class="act" href=${href('compare', picked[0], picked[1])}>Compare</a>` : nothing}
        </span>`}
  </div>`;
}

/** Styles for the tray; include them in the styles of the element that renders it. */
export const pickerStyles = css`
  .tray { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; min-height: 2.4rem; margin: 0 0 0.8rem; padding: 0.4rem 0.8rem; border: 1px dashed var(--q-border); border-radius: 8px; font-size: 0.9rem; }
  .tray.over { border-color: var(--q-accent); background: var(--q-hover); }
  .tray .hint { color: var(--q-muted); }
  .tray ul { display: flex; flex-wrap: wrap; gap: 0.4rem; list-style: none; margin: 0; padding: 0; }
  .tray li { display: flex; align-items: center; gap: 0.2rem; background: var(--q-panel); border: 1px solid var(--q-border); border-radius: 999px; padding: 0.1rem 0.3rem 0.1rem 0.7rem; max-width: 22rem; white-space: nowrap; }
  .tray li .name { overflow: hidden; text-overflow: ellipsis; }
  .tray li button { all: unset; cursor: pointer; color: var(--q-muted); padding: 0 0.3rem; border-radius: 50%; }
  .tray li button:hover, .tray li button:focus-visible { color: var(--q-text); background: var(--q-hover); }
  .tray .actions { display: flex; gap: 0.5rem; margin-left: auto; }
  .tray .act { padding: 0.25rem 0.75rem; border-radius: 6px; border: 1px solid var(--q-border); color: var(--q-text); text-decoration: none; background: var(--q-panel); font-weight: 400; }
  .tray .act.primary { background: var(--q-accent); border-color: var(--q-accent); color: var(--q-accent-text); }
`;
