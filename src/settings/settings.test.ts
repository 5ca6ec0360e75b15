import { describe, expect, it } from 'vitest';
import { isNeverRead, readSettingsValue, siteOf } from './settings';

describe('sites never to read', () => {
  it('reads the site a reader means from an address, a host or a bare domain', () => {
    expect(siteOf('https://www.online.mybank.example/login?x=1')).toBe('online.mybank.example');
    expect(siteOf('www.mybank.example')).toBe('mybank.example');
    expect(siteOf('  MyBank.Example ')).toBe('mybank.example');
    expect(siteOf('')).toBeNull();
    expect(siteOf('not a site')).toBeNull();
  });

  it('covers the site and its subdomains, not a site whose name merely ends the same', () => {
    const sites = ['mybank.example'];
    expect(isNeverRead('https://mybank.example/account', sites)).toBe(true);
    expect(isNeverRead('https://online.mybank.example/', sites)).toBe(true);
    expect(isNeverRead('https://notmybank.example/', sites)).toBe(false);
    expect(isNeverRead('https://www.reuters.com/world/', sites)).toBe(false);
    expect(isNeverRead('not a url', sites)).toBe(false);
  });

  it('reads stored settings with auto-save off unless it was turned on', () => {
    expect(readSettingsValue(undefined)).toEqual({ neverRead: [], autoSave: false });
    expect(readSettingsValue({ autoSave: 'yes', neverRead: ['a.example', 3] })).toEqual({ neverRead: ['a.example'], autoSave: false });
    expect(readSettingsValue({ autoSave: true, neverRead: [] }).autoSave).toBe(true);
  });
});
