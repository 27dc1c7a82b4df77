// Results that cross a process boundary (IPC, HTTP): parsed, never thrown, never cast.

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** A mistake the user can fix (bad id, bad input); its message is shown as is, without a stack trace. */
export class UserError extends Error {
  constructor(message: string, readonly status = 400) {
    super(message);
    this.name = 'UserError';
  }
}
