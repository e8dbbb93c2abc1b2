import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { dashboardPublicDir, loadStaticAssets } from './static-assets';

describe('the dashboard’s static assets', () => {
  describe('when read from a folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dashboard-'));
    mkdirSync(join(dir, 'js'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, 'js', 'app.js'), 'export const a = 1;');
    writeFileSync(join(dir, 'notes.md'), 'not served');
    const assets = loadStaticAssets(dir);

    it('keys each servable file by its path under the folder, with its content type', () => {
      expect([...assets.keys()].sort()).toEqual(['index.html', 'js/app.js']);
      expect(assets.get('js/app.js')?.contentType).toBe('text/javascript; charset=utf-8');
    });

    it('keeps a gzip form that unpacks to the same bytes, and a quoted validator', () => {
      const asset = assets.get('index.html')!;
      expect(gunzipSync(asset.gzipped).equals(asset.body)).toBe(true);
      expect(asset.etag).toMatch(/^"[\w-]{22}"$/);
    });
  });

  describe('when looking for the public folder', () => {
    it('finds it beside the source, where Jest runs it', () => {
      expect(dashboardPublicDir({})).toBe(join(__dirname, 'public'));
    });

    it('takes SAFEGUARD_DASHBOARD_DIR first when it holds a page', () => {
      const dir = mkdtempSync(join(tmpdir(), 'dashboard-'));
      writeFileSync(join(dir, 'index.html'), '<!doctype html>');
      expect(dashboardPublicDir({ SAFEGUARD_DASHBOARD_DIR: dir })).toBe(dir);
    });

    it('passes over a SAFEGUARD_DASHBOARD_DIR without a page', () => {
      expect(dashboardPublicDir({ SAFEGUARD_DASHBOARD_DIR: join(tmpdir(), 'no-such-dashboard') })).toBe(join(__dirname, 'public'));
    });
  });

  describe('the files shipped', () => {
    const assets = loadStaticAssets(join(__dirname, 'public'));

    it('are few and small enough for a slow connection (under 40 KB gzipped in all)', () => {
      const total = [...assets.values()].reduce((sum, a) => sum + a.gzipped.length, 0);
      expect(total).toBeLessThan(40_000);
    });

    it('load nothing from another origin: no CDN, no web font', () => {
      const offsite = [...assets.entries()]
        .filter(([, a]) => /https?:\/\/(?!www\.w3\.org\/2000\/svg)/.test(a.body.toString('utf8')))
        .map(([name]) => name);
      expect(offsite).toEqual([]);
    });
  });
});
