// One entry point for all doors: validate a method name and its input against the contract, run it, return a Result.

import { inputs, isMethod, localOnly, type Handlers, type Method } from '../shared/contract/api';
import { type Result, UserError } from '../shared/result';

export interface DispatchOptions {
  /** Web mode: refuse methods that take paths on this machine. */
  remote?: boolean;
}

export async function dispatch(handlers: Handlers, method: string, input: unknown, opts: DispatchOptions = {}): Promise<Result<unknown> & { status: number }> {
  if (!isMethod(method)) return { ok: false, error: `Unknown method ${method}`, status: 404 };
  if (opts.remote && localOnly.has(method)) return { ok: false, error: `${method} is not available in web mode`, status: 403 };
  const parsed = inputs[method].safeParse(input ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
    return { ok: false, error: `Invalid input for ${method}: ${where}${issue?.message ?? 'bad input'}`, status: 400 };
  }
  try {
    const run = handlers[method as Method] as (i: unknown) => Promise<unknown>;
    return { ok: true, value: await run(parsed.data), status: 200 };
  } catch (err) {
    if (err instanceof UserError) return { ok: false, error: err.message, status: err.status };
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: message, status: 500 };
  }
}
