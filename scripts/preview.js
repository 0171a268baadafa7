#!/usr/bin/env node
/**
 * `npm run preview`: the company health card as a local web page, rendered
 * from the real card components (extensions/health-card) with HubSpot's
 * ui-extensions renderer. Bundles preview/main.ts with the card into one
 * CommonJS file (esbuild; the card is TSX and the SDK ships ES modules) under
 * node_modules/.cache, so its remaining packages resolve from the repo, then
 * runs it with this process's arguments:
 *
 *   npm run preview -- --port 8790 --companies 300 --seed 1 [--company ID]
 *   npm run preview -- --screenshots docs/images      # PNGs for the README, then exit
 *
 * With HUBSPOT_ACCESS_TOKEN (+ HUBSPOT_BASE_URL) set it previews that sandbox or portal instead.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, 'node_modules', '.cache', 'che-preview');
/** Left to Node: packages with native parts or their own file layout, none of them ES-module-only. */
const EXTERNAL = ['playwright-core', 'express', '@hubspot/api-client', 'better-sqlite3', 'esbuild'];

async function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const outfile = path.join(OUT_DIR, 'preview.cjs');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'preview', 'main.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    jsx: 'automatic',
    external: EXTERNAL,
    sourcemap: 'inline',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const { main: run } = require(outfile);
  process.exitCode = await run(process.argv.slice(2));
}

main().catch((err) => {
  process.stderr.write(`preview: ${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
