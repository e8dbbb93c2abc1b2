/**
 * Layer boundaries, checked on every run: decisions and safeguard rules stay pure (no framework,
 * no broker, no database), libs never reach into apps, and an app never imports another app's
 * internals (only the embedded composition root and cross-service stories may assemble them).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
}

const all = [...sourceFiles(join(root, 'apps')), ...sourceFiles(join(root, 'libs'))].map((f) => relative(root, f));
const pureFiles = all.filter((f) => /\.decision\.ts$/.test(f) || f.startsWith('libs/domain/') || f.includes('/safeguards/'));
const FORBIDDEN_IN_PURE = /^(@nestjs\/|kafkajs$|pg$|typeorm|@electric-sql\/|@safeguard\/(event-store|messaging|platform|auth)$)/;

describe('architecture', () => {
  it('finds the decision and rule files it guards', () => {
    expect(pureFiles.length).toBeGreaterThan(3);
  });

  it.each(pureFiles)('%s imports no framework, broker or database', (file) => {
    expect(importsOf(join(root, file)).filter((i) => FORBIDDEN_IN_PURE.test(i))).toEqual([]);
  });

  /*
   * A rule reads the reconciled family view, never one agency's raw records: the fact owed may be
   * recorded by another agency (catalogue: "any agency, whichever came first").
   */
  const ruleFiles = all.filter((f) => /apps\/child-welfare-service\/src\/safeguards\/[^/]+\/[^/]+\.ts$/.test(f));
  const RAW_RECORDS = /(^|\/)(person-file\/|court-facts$|court-outcomes$|prison-facts$|arrest-watch$)/;

  it('finds every rule of the catalogue', () => {
    expect(new Set(ruleFiles.map((f) => f.split('/')[4])).size).toBe(26);
  });

  it.each(ruleFiles)('%s reads the reconciled view, not an agency’s raw records', (file) => {
    const raw = importsOf(join(root, file)).filter((i) => RAW_RECORDS.test(i));
    expect(raw).toEqual([]);
  });

  it('libs never import apps', () => {
    const offenders = all.filter((f) => f.startsWith('libs/')).flatMap((f) => importsOf(join(root, f)).filter((i) => i.includes('/apps/')).map((i) => `${f} → ${i}`));
    expect(offenders).toEqual([]);
  });

  it('an app imports no other app, except the embedded composition root', () => {
    const offenders = all
      .filter((f) => f.startsWith('apps/') && !f.startsWith('apps/embedded/'))
      .flatMap((f) => {
        const app = f.split('/')[1];
        return importsOf(join(root, f))
          .filter((i) => {
            const target = relative(root, join(root, f, '..', i)).split('/');
            // Shared test fixtures under libs/ are fine; only another app's internals are not.
            return i.startsWith('.') && target[0] === 'apps' && target[1] !== app;
          })
          .map((i) => `${f} → ${i}`);
      });
    expect(offenders).toEqual([]);
  });
});
