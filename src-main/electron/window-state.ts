// The main window's remembered size and position: parsed from JSON (never trusted), and kept on a visible display.

import { z } from 'zod';

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: WindowBounds;
  maximized: boolean;
  fullScreen: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const int = z.number().int().min(-100_000).max(100_000);
const WindowStateSchema = z.object({
  bounds: z.object({ x: int.optional(), y: int.optional(), width: int.min(200), height: int.min(150) }),
  maximized: z.boolean().default(false),
  fullScreen: z.boolean().default(false),
});

/** The state from a saved file's text; null when missing, corrupt or implausible. */
export function parseWindowState(text: string | undefined): WindowState | null {
  if (!text) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = WindowStateSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export function serializeWindowState(state: WindowState): string {
  return `${JSON.stringify(state, null, 2)}\n`;
}

/** How much of `a` lies inside `b`, in square pixels. */
function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Bounds to open with, given the work areas of the displays now attached: the saved size clamped to the largest
 * display, and the saved position only if enough of the window's title bar would be on some display (else the
 * window manager centres it). A monitor unplugged since last time must not leave the window off screen.
 */
export function fitToDisplays(saved: WindowBounds, workAreas: readonly Rect[]): WindowBounds {
  if (workAreas.length === 0) return { width: saved.width, height: saved.height };
  const maxW = Math.max(...workAreas.map((a) => a.width));
  const maxH = Math.max(...workAreas.map((a) => a.height));
  const width = Math.min(saved.width, maxW);
  const height = Math.min(saved.height, maxH);
  if (saved.x === undefined || saved.y === undefined) return { width, height };
  const titleBar: Rect = { x: saved.x, y: saved.y, width, height: 40 };
  const visible = workAreas.some((area) => overlap(titleBar, area) >= Math.min(100 * 40, width * 40) / 2);
  return visible ? { x: saved.x, y: saved.y, width, height } : { width, height };
}
