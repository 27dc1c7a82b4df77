// Focus across shadow roots: the element that really has focus, and giving it back after a dialog or menu closes.
// (Shoelace's dialog gives focus back to document.activeElement, which is only the outermost shadow host here.)

/** The focused element, looking inside shadow roots. */
export function deepActiveElement(): HTMLElement | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement ? el : null;
}

/** Remembers where focus is now; the returned function puts it back there if that element is still on the page. */
export function rememberFocus(): () => void {
  const target = deepActiveElement();
  return () => {
    if (target?.isConnected) target.focus();
  };
}
