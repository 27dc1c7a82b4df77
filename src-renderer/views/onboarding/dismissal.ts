// Whether the first-run hint was dismissed, kept in localStorage; storage that throws or is absent counts as "not yet".

export const DISMISSED_KEY = 'quire.onboarding.dismissed';

type KeyValue = Pick<Storage, 'getItem' | 'setItem'>;

export function isDismissed(storage: KeyValue | undefined): boolean {
  try {
    return storage?.getItem(DISMISSED_KEY) === '1';
  } catch {
    return false;
  }
}

/** Remembers the dismissal; false when storage refused it (private mode, quota), so it only lasts this session. */
export function rememberDismissed(storage: KeyValue | undefined): boolean {
  try {
    storage?.setItem(DISMISSED_KEY, '1');
    return !!storage;
  } catch {
    return false;
  }
}
