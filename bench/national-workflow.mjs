// The workflow step of bench/national-data.sh: for each region x period of workflow.tsv (region, period,
// verify 0/1), POST /api/v1/realizations/submissions ("submit") or, for the pairs marked 1,
// POST /api/v1/realizations/verifications ("verify"), CONCURRENCY requests at once. The token comes in
// MONEV_TOKEN. Prints "<pairs> <values moved>".
// node bench/national-workflow.mjs submit|verify BASE_URL workflow.tsv [CONCURRENCY]
import fs from 'node:fs';

const [action, base, file, concurrency = '2'] = process.argv.slice(2);
const token = process.env.MONEV_TOKEN;
const pairs = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'))
  .filter(([, , verify]) => action === 'submit' || verify === '1');
const path = action === 'submit' ? 'submissions' : 'verifications';
const field = action === 'submit' ? 'submitted' : 'verified';
let next = 0;
let moved = 0;
let failed = 0;
async function worker() {
  while (next < pairs.length) {
    const [regionCode, period] = pairs[next++];
    const res = await fetch(`${base}/api/v1/realizations/${path}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ regionCode, period }),
    });
    const body = await res.text();
    if (res.ok) {
      moved += JSON.parse(body)[field].length;
    } else {
      failed++;
      if (failed <= 5) console.error(`${action} ${regionCode} ${period}: ${res.status} ${body.slice(0, 300)}`);
    }
  }
}
await Promise.all(Array.from({ length: Number(concurrency) }, worker));
console.log(`${pairs.length} ${moved}`);
process.exit(failed ? 1 : 0);
