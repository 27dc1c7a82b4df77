import { describe, expect, it } from 'vitest';
import { dataFlagFromArgv, profileDirFor } from './argv';

describe('dataFlagFromArgv', () => {
  it('reads --data DIR and --data=DIR', () => {
    expect(dataFlagFromArgv(['/usr/bin/electron', 'out/main/index.js', '--data', '/tmp/nb'])).toBe('/tmp/nb');
    expect(dataFlagFromArgv(['quire', '--data=/tmp/nb 2'])).toBe('/tmp/nb 2');
  });

  it('ignores a missing, empty or switch-like value, and anything after --', () => {
    expect(dataFlagFromArgv(['quire'])).toBeUndefined();
    expect(dataFlagFromArgv(['quire', '--data'])).toBeUndefined();
    expect(dataFlagFromArgv(['quire', '--data', '--inspect'])).toBeUndefined();
    expect(dataFlagFromArgv(['quire', '--data='])).toBeUndefined();
    expect(dataFlagFromArgv(['quire', '--', '--data', '/x'])).toBeUndefined();
    expect(dataFlagFromArgv(['quire', '--database', '/x'])).toBeUndefined();
  });
});

describe('profileDirFor', () => {
  it('puts the Chromium profile inside the notebook folder', () => {
    expect(profileDirFor('/tmp/nb/')).toBe('/tmp/nb/.electron-profile');
    expect(profileDirFor('/tmp/a')).not.toBe(profileDirFor('/tmp/b'));
  });
});
