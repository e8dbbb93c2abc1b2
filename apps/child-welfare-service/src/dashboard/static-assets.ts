import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file of the dashboard, read once at start-up, with its gzip form and validator. */
export interface StaticAsset {
  readonly contentType: string;
  readonly body: Buffer;
  readonly gzipped: Buffer;
  readonly etag: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * The dashboard's files, by their path under `public/`. Only what is here is ever served: a
 * request names a key of this map, never a path on disk, so `..` or a symlink cannot reach out.
 */
export function loadStaticAssets(dir: string): ReadonlyMap<string, StaticAsset> {
  const assets = new Map<string, StaticAsset>();
  for (const file of filesUnder(dir)) {
    const contentType = CONTENT_TYPES[extname(file)];
    if (!contentType) continue;
    const body = readFileSync(file);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    assets.set(relative(dir, file).split(sep).join('/'), { contentType, body, gzipped: gzipSync(body, { level: 9 }), etag });
  }
  return assets;
}

/**
 * Where `public/` is: beside this file when run from source (Jest, ts), and in the source tree
 * when run from `dist/` (swc compiles TypeScript only), found from the working directory that
 * `npm start` runs in. `SAFEGUARD_DASHBOARD_DIR` overrides both.
 */
export function dashboardPublicDir(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.SAFEGUARD_DASHBOARD_DIR, join(__dirname, 'public'), join(process.cwd(), 'apps/child-welfare-service/src/dashboard/public')];
  const found = candidates.find((dir): dir is string => !!dir && existsSync(join(dir, 'index.html')));
  if (!found) throw new Error(`dashboard files not found (looked in ${candidates.filter(Boolean).join(', ')}); set SAFEGUARD_DASHBOARD_DIR`);
  return found;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Sent with every asset: the page loads only its own scripts and styles, is never framed, and leaks no referrer. */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};
