import { describe, expect, it } from 'vitest';
import { fitToDisplays, parseWindowState, serializeWindowState, type WindowState } from './window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('round-trips a saved state', () => {
    const state: WindowState = { bounds: { x: 100, y: 80, width: 1200, height: 800 }, maximized: true, fullScreen: false };
    expect(parseWindowState(serializeWindowState(state))).toEqual(state);
  });

  it('fills defaults for missing flags', () => {
    expect(parseWindowState('{"bounds":{"width":900,"height":600}}')).toEqual({ bounds: { width: 900, height: 600 }, maximized: false, fullScreen: false });
  });

  it.each([undefined, '', '{', 'null', '[]', '{"bounds":{"width":"900","height":600}}', '{"bounds":{"width":10,"height":10}}', '{"bounds":{"width":1e9,"height":600}}', '{"bounds":{"width":900.5,"height":600}}'])(
    'returns null for %s',
    (text) => {
      expect(parseWindowState(text)).toBeNull();
    },
  );
});

describe('fitToDisplays', () => {
  it('keeps a position that is on a display', () => {
    expect(fitToDisplays({ x: 1600, y: 100, width: 1200, height: 800 }, [laptop, rightMonitor])).toEqual({ x: 1600, y: 100, width: 1200, height: 800 });
  });

  it('drops a position whose display is gone, keeping the size', () => {
    expect(fitToDisplays({ x: 1600, y: 100, width: 1200, height: 800 }, [laptop])).toEqual({ width: 1200, height: 800 });
  });

  it('drops a position with the title bar above the screen', () => {
    expect(fitToDisplays({ x: 100, y: -500, width: 1000, height: 700 }, [laptop])).toEqual({ width: 1000, height: 700 });
  });

  it('shrinks a window larger than every display', () => {
    expect(fitToDisplays({ x: 0, y: 0, width: 3000, height: 2000 }, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
  });

  it('copes with no display information', () => {
    expect(fitToDisplays({ x: 5, y: 5, width: 800, height: 600 }, [])).toEqual({ width: 800, height: 600 });
  });
});
