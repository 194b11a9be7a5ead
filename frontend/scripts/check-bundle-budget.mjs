// The sign-in and home pages must load at most 200 kB of gzip-compressed JavaScript.
// Reads the chunks each page loads from Vite's manifest (after `vite build`), gzips each one
// and prints the figures; exits non-zero when a page is over budget.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 200;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

// The page modules the router loads for each first page, besides the entry (the sign-in page is part of it).
const PAGES = {
  'sign-in (/login)': [],
  'home (/)': ['src/app/routes/home.tsx'],
};

const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry)?.[0];
if (!entry) throw new Error('No entry chunk in the Vite manifest: run vite build first');

/** A chunk and every chunk it imports statically (what the browser fetches before running it). */
function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`Not in the Vite manifest: ${key} (is the route still loaded lazily?)`);
    seen.add(key);
    closure(chunk.imports ?? [], seen);
  }
  return seen;
}

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

let failed = false;
for (const [page, modules] of Object.entries(PAGES)) {
  const files = [...new Set([...closure([entry, ...modules])].map((key) => manifest[key].file))].filter((file) =>
    file.endsWith('.js'),
  );
  let total = 0;
  console.log(`${page}:`);
  for (const file of files.sort()) {
    const size = gzipKb(file);
    total += size;
    console.log(`  ${file.padEnd(48)} ${size.toFixed(1).padStart(7)} kB gzip`);
  }
  const verdict = total <= BUDGET_KB ? 'within' : 'OVER';
  console.log(`  total ${total.toFixed(1)} kB gzip — ${verdict} the budget of ${BUDGET_KB} kB`);
  if (total > BUDGET_KB) failed = true;
}
process.exit(failed ? 1 : 0);
