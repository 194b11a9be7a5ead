// Fails when src/api/schema.d.ts no longer matches ../openapi.yaml, so that the
// dashboard is never built against a stale copy of the contract.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const spec = resolve(root, '../openapi.yaml');
const committed = join(root, 'src/api/schema.d.ts');
const generator = join(root, 'node_modules/.bin/openapi-typescript');

if (!existsSync(spec)) {
  console.error(`check:api: the contract ${spec} does not exist.`);
  process.exit(1);
}

const workDir = mkdtempSync(join(tmpdir(), 'monev-schema-'));
const fresh = join(workDir, 'schema.d.ts');
try {
  execFileSync(generator, [spec, '-o', fresh], { stdio: ['ignore', 'ignore', 'inherit'] });
  const current = existsSync(committed) ? readFileSync(committed, 'utf8') : '';
  if (current !== readFileSync(fresh, 'utf8')) {
    console.error(
      'check:api: src/api/schema.d.ts is out of date with ../openapi.yaml.\n' +
        'Run `npm run gen:api` in frontend/ and commit the result.',
    );
    process.exit(1);
  }
  console.log('check:api: src/api/schema.d.ts matches ../openapi.yaml.');
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
