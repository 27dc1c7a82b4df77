// A small toast with an Undo button for deletions, announced to screen readers; one at a time, gone after 8 s.

let current: HTMLElement | null = null;

export function showUndoToast(message: string, onUndo: () => void | Promise<void>, ms = 8000): void {
  current?.remove();
  const box = document.createElement('div');
  box.className = 'quire-toast';
  box.setAttribute('role', 'status');
  box.style.cssText =
    'position:fixed;left:50%;bottom:1.5rem;transform:translateX(-50%);z-index:50;display:flex;gap:1rem;align-items:center;' +
    'background:var(--q-text);color:var(--q-bg);padding:0.6rem 1rem;border-radius:8px;box-shadow:0 4px 16px rgb(0 0 0 / 0.25);font:inherit';
  const text = document.createElement('span');
  text.textContent = message;
  const undo = document.createElement('button');
  undo.textContent = 'Undo';
  undo.style.cssText = 'font:inherit;font-weight:600;background:none;border:1px solid currentColor;color:inherit;border-radius:6px;padding:0.2rem 0.7rem;cursor:pointer';
  const close = () => {
    box.remove();
    if (current === box) current = null;
  };
  undo.addEventListener('click', async () => {
    close();
    await onUndo();
  });
  box.append(text, undo);
  document.body.append(box);
  current = box;
  setTimeout(close, ms);
}
