// Generator of bench/national-data.sh: a deterministic national data set (programs, indicators, targets,
// realizations, and the region x period pairs to take through the reporting workflow) as CSV and JSON
// files ready for the bulk API. Same seed and scale, same files, byte for byte.
//
// node bench/national-data.mjs --regions scripts/regions-indonesia.csv --out DIR
//      [--scale 1] [--seed 20251] [--years 2021-2025] [--indicators 300] [--chunk-rows 500000]
//      [--submit-share 0.02] [--verify-share 0.6]
import fs from 'node:fs';
import path from 'node:path';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) => {
  if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
  return pairs;
}, []));
const OUT = args.out;
const REGIONS = args.regions;
if (!OUT || !REGIONS) {
  console.error('usage: node national-data.mjs --regions FILE --out DIR [--scale S] [--seed N] ...');
  process.exit(2);
}
const SCALE = Number(args.scale ?? 1);
const SEED = Number(args.seed ?? 20251) >>> 0;
const [FIRST_YEAR, LAST_YEAR] = (args.years ?? '2021-2025').split('-').map(Number);
const FULL_INDICATORS = Number(args.indicators ?? 300);
const CHUNK_ROWS = Number(args['chunk-rows'] ?? 500000);
const SUBMIT_SHARE = Number(args['submit-share'] ?? 0.02);
const VERIFY_SHARE = Number(args['verify-share'] ?? 0.6);
const MIN_INDICATORS = 8; // enough for every period type, polarity and roll-up to appear

// ---- deterministic randomness: a hash of the seed and the keys, then mulberry32 ----
function hash(...keys) {
  let h = SEED ^ 0x9e3779b9;
  for (const k of keys) {
    h = Math.imul(h ^ (k >>> 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}
function rng(...keys) {
  let a = hash(...keys);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const unit = (...keys) => hash(...keys) / 4294967296;
function normal(r) {
  const u = Math.max(r(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r());
}

// ---- regions ----
const lines = fs.readFileSync(REGIONS, 'utf8').trim().split('\n');
const header = lines.shift().split(',');
const col = (name) => header.indexOf(name);
const regions = lines.map((line) => {
  const f = line.split(',');
  return { code: f[col('code')], level: f[col('level')], parent: f[col('parent')] || null };
});
const provinces = regions.filter((r) => r.level === 'PROVINCE');
const allRegencies = regions.filter((r) => r.level !== 'PROVINCE');
const byCode = new Map(regions.map((r) => [r.code, r]));
const regionIndex = new Map(regions.map((r, i) => [r.code, i]));

// SCALE shrinks the indicators down to MIN_INDICATORS, then the regencies and cities.
const wanted = FULL_INDICATORS * SCALE;
const INDICATORS = Math.max(MIN_INDICATORS, Math.round(wanted));
const regencyShare = Math.min(1, wanted / MIN_INDICATORS);
const regencies = allRegencies.filter((r, i) => regencyShare >= 1 || unit(7, i) < regencyShare);
// Size of a region (its cooperatives and SMEs): log-normal, cities denser; a province is its regencies.
const size = new Map();
allRegencies.forEach((r, i) => {
  const g = rng(11, i);
  size.set(r.code, Math.exp(0.55 * normal(g)) * (r.level === 'CITY' ? 1.3 : 1));
});
for (const p of provinces) {
  const children = allRegencies.filter((r) => r.parent === p.code);
  size.set(p.code, children.reduce((s, r) => s + size.get(r.code), 0));
}

// ---- programs: the Permendagri 90/2019 programs of cooperative and SME affairs, nationally ----
const PROGRAMS = [
  ['NAS-01', 'Program Pelayanan Izin Usaha Simpan Pinjam (nasional)', 'COOPERATIVE', 'SHARED'],
  ['NAS-02', 'Program Pengawasan dan Pemeriksaan Koperasi (nasional)', 'COOPERATIVE', 'SHARED'],
  ['NAS-03', 'Program Penilaian Kesehatan Koperasi Simpan Pinjam (nasional)', 'COOPERATIVE', 'PROVINCE'],
  ['NAS-04', 'Program Pendidikan dan Latihan Perkoperasian (nasional)', 'COOPERATIVE', 'SHARED'],
  ['NAS-05', 'Program Pemberdayaan dan Perlindungan Koperasi (nasional)', 'COOPERATIVE', 'SHARED'],
  ['NAS-06', 'Program Pemberdayaan Usaha Menengah, Usaha Kecil dan Usaha Mikro (nasional)', 'SME', 'SHARED'],
  ['NAS-07', 'Program Pengembangan UMKM (nasional)', 'SME', 'REGENCY'],
  ['NAS-08', 'Program Akses Pembiayaan Koperasi dan UMKM (nasional)', 'SME', 'SHARED'],
];
const programs = PROGRAMS.map(([code, name, field, authority]) => ({
  code, name, field, authority, startYear: FIRST_YEAR,
  description: 'Program data uji nasional: 38 provinsi, 514 kabupaten/kota',
  ministryAlignment: 'Akses permodalan koperasi dan UMKM',
}));

// ---- indicators ----
const TEMPLATES = {
  flow: [['Jumlah UMKM yang difasilitasi akses pembiayaan', 'unit usaha'], ['Jumlah wirausaha baru', 'orang'],
    ['Jumlah peserta pelatihan perkoperasian', 'orang'], ['Jumlah UMKM yang memperoleh NIB', 'unit usaha'],
    ['Jumlah produk UMKM bersertifikat halal', 'produk'], ['Jumlah koperasi yang dibina', 'koperasi']],
  stock: [['Jumlah koperasi aktif', 'koperasi'], ['Jumlah anggota koperasi', 'orang'],
    ['Jumlah UMKM terdaftar', 'unit usaha'], ['Jumlah koperasi yang melaksanakan RAT', 'koperasi']],
  currency: [['Nilai pembiayaan KUR yang tersalurkan', 'juta rupiah'], ['Volume usaha koperasi', 'juta rupiah'],
    ['Nilai ekspor produk UMKM', 'juta rupiah']],
  percent: [['Persentase koperasi sehat', 'persen'], ['Persentase UMKM naik kelas', 'persen'],
    ['Persentase UMKM yang memasarkan secara daring', 'persen']],
  percentLow: [['Persentase koperasi tidak aktif', 'persen'], ['Persentase UMKM yang menutup usaha', 'persen']],
  ratio: [['Rasio modal sendiri terhadap aset koperasi', 'rasio'], ['Rasio SHU terhadap modal koperasi', 'rasio']],
  range: [['Rasio kredit bermasalah (NPL) koperasi simpan pinjam', 'persen'], ['Rasio likuiditas koperasi simpan pinjam', 'persen']],
};
function periodType(i) {
  const k = i % 100;
  if ([1, 11, 21, 31, 51, 71].includes(k)) return 'QUARTERLY';
  if ([2, 42, 82].includes(k)) return 'SEMIANNUAL';
  if ([3, 53, 93].includes(k)) return 'ANNUAL';
  return 'MONTHLY';
}
const indicators = [];
for (let i = 0; i < INDICATORS; i++) {
  const r = rng(13, i);
  const program = programs[i % programs.length];
  const provinceReported = i % 20 === 7;
  let kind;
  if (i % 10 === 5) kind = 'range';
  else if (i % 10 === 4) kind = 'percentLow';
  else kind = ['flow', 'flow', 'stock', 'currency', 'percent', 'ratio'][i % 6];
  const [name, unitName] = TEMPLATES[kind][Math.floor(r() * TEMPLATES[kind].length)];
  const measure = { flow: 'NUMBER', stock: 'NUMBER', currency: 'CURRENCY', percent: 'PERCENT', percentLow: 'PERCENT',
    ratio: 'RATIO', range: 'PERCENT' }[kind];
  const polarity = kind === 'range' ? 'RANGE' : kind === 'percentLow' ? 'LOWER_IS_BETTER' : 'HIGHER_IS_BETTER';
  const timeAggregation = kind === 'flow' || kind === 'currency' ? 'SUM' : kind === 'stock' ? 'LAST' : 'AVERAGE';
  const average = measure === 'PERCENT' || measure === 'RATIO';
  const regionAggregation = provinceReported ? 'PROVINCE_REPORTED' : average ? 'AVERAGE' : 'SUM';
  // Level of one region per month (flows) or at any time (stocks, shares), and its yearly growth.
  const level = { flow: 15 + 40 * r(), stock: 300 + 900 * r(), currency: 800 + 4000 * r(), percent: 45 + 35 * r(),
    percentLow: 8 + 12 * r(), ratio: 0.6 + 0.8 * r(), range: 2.5 + 2 * r() }[kind];
  const growth = kind === 'percentLow' ? -0.03 * r() : kind === 'range' ? 0 : 0.02 + 0.06 * r();
  const code = `${program.code}.${String(i + 1).padStart(3, '0')}`;
  indicators.push({
    i, code, program: program.code, name: `${name} (${code})`, unit: unitName, measure, polarity,
    periodType: periodType(i), timeAggregation, regionAggregation, kind, level, growth,
    baselineYear: FIRST_YEAR - 1, rangeLow: kind === 'range' ? 2 : null, rangeHigh: kind === 'range' ? 5 : null,
    dataSource: provinceReported ? 'Dinas provinsi yang membidangi koperasi dan UKM' : 'Dinas kabupaten/kota yang membidangi koperasi dan UKM',
    ministryCode: i % 4 === 0 ? `KUKM-${String(100 + (i % 97)).padStart(3, '0')}` : '',
  });
}

// ---- periods ----
const MONTHS_IN = { MONTHLY: 1, QUARTERLY: 3, SEMIANNUAL: 6, ANNUAL: 12 };
function periodsOf(type, year) {
  switch (type) {
    case 'MONTHLY': return Array.from({ length: 12 }, (_, m) => `${year}-${String(m + 1).padStart(2, '0')}`);
    case 'QUARTERLY': return [1, 2, 3, 4].map((q) => `${year}Q${q}`);
    case 'SEMIANNUAL': return [`${year}S1`, `${year}S2`];
    default: return [`${year}`];
  }
}
const years = [];
for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) years.push(y);

const childrenOf = new Map();
for (const r of regencies) childrenOf.set(r.parent, [...(childrenOf.get(r.parent) ?? []), r.code]);
const reportingRegions = (ind) => (ind.regionAggregation === 'PROVINCE_REPORTED' ? provinces : regencies);
// The province's target is its goal: the sum or the mean of its regencies', or its own when it reports.
const targetRegions = (ind) => (ind.regionAggregation === 'PROVINCE_REPORTED' ? provinces : [...regencies, ...provinces]);

function expected(ind, regionCode, year) {
  const s = size.get(regionCode);
  const trend = Math.pow(1 + ind.growth, year - FIRST_YEAR);
  switch (ind.kind) {
    case 'flow': case 'currency': case 'stock': return ind.level * s * trend;
    default: return ind.level * trend; // shares and ratios do not grow with the region's size
  }
}
const fmt = (ind, v) => {
  if (ind.measure === 'NUMBER') return String(Math.max(0, Math.round(v)));
  if (ind.measure === 'PERCENT') return Math.min(100, Math.max(0, v)).toFixed(2);
  if (ind.measure === 'RATIO') return Math.max(0, v).toFixed(3);
  return Math.max(0, v).toFixed(1);
};
// A period's value: flows add up over the months of the period, with a season; the rest are levels.
function periodValue(ind, regionCode, regionIndex, year, p, pIndex) {
  const base = expected(ind, regionCode, year);
  const r = rng(17, ind.i, regionIndex, year, pIndex);
  const noise = 1 + 0.15 * normal(r);
  if (ind.timeAggregation === 'SUM') {
    const months = MONTHS_IN[ind.periodType];
    const season = 1 + 0.2 * Math.sin((2 * Math.PI * (pIndex * months + months / 2)) / 12);
    return base * months * season * noise;
  }
  return base * (1 + 0.08 * normal(r)) * (ind.timeAggregation === 'LAST' ? 1 + 0.02 * pIndex : 1);
}
function yearTarget(ind, regionCode, year) {
  const mean = (codes) => codes.reduce((s, c) => s + yearTarget(ind, c, year), 0) / codes.length;
  if (byCode.get(regionCode).level === 'PROVINCE' && ind.regionAggregation !== 'PROVINCE_REPORTED') {
    const children = childrenOf.get(regionCode) ?? [];
    if (children.length === 0) return null;
    return ind.regionAggregation === 'SUM'
      ? children.reduce((s, c) => s + yearTarget(ind, c, year), 0)
      : mean(children);
  }
  const e = expected(ind, regionCode, year);
  const ambition = ind.polarity === 'LOWER_IS_BETTER' ? 0.95 : ind.polarity === 'RANGE' ? 1 : 1.06;
  return (ind.timeAggregation === 'SUM' ? e * 12 : e) * ambition;
}

// ---- writing, streamed in chunks ----
fs.mkdirSync(OUT, { recursive: true });
for (const f of fs.readdirSync(OUT)) if (/^(targets|realizations)-\d+\.csv$/.test(f)) fs.unlinkSync(path.join(OUT, f));

class ChunkedCsv {
  constructor(prefix, head) { Object.assign(this, { prefix, head, n: 0, inChunk: 0, files: [], fd: null, buf: [] }); }
  row(line) {
    if (this.fd === null || this.inChunk === CHUNK_ROWS) this.open();
    this.buf.push(line);
    this.inChunk++;
    this.n++;
    if (this.buf.length >= 20000) this.flush();
  }
  open() {
    this.close();
    const file = path.join(OUT, `${this.prefix}-${String(this.files.length + 1).padStart(4, '0')}.csv`);
    this.files.push(path.basename(file));
    this.fd = fs.openSync(file, 'w');
    fs.writeSync(this.fd, this.head + '\n');
    this.inChunk = 0;
  }
  flush() { if (this.buf.length) { fs.writeSync(this.fd, this.buf.join('\n') + '\n'); this.buf = []; } }
  close() { if (this.fd !== null) { this.flush(); fs.closeSync(this.fd); this.fd = null; } }
}

fs.writeFileSync(path.join(OUT, 'programs.json'), JSON.stringify(programs, null, 1) + '\n');
const indicatorLines = ['code,program,name,unit,measure,polarity,periodType,timeAggregation,regionAggregation,'
  + 'baselineYear,baselineValue,rangeLow,rangeHigh,dataSource,ministryCode'];
for (const ind of indicators) {
  const baseline = fmt(ind, ind.timeAggregation === 'SUM' ? ind.level * 12 * 1.1 : ind.level);
  indicatorLines.push([ind.code, ind.program, ind.name, ind.unit, ind.measure, ind.polarity, ind.periodType,
    ind.timeAggregation, ind.regionAggregation, ind.baselineYear, baseline, ind.rangeLow ?? '', ind.rangeHigh ?? '',
    ind.dataSource, ind.ministryCode].join(','));
}
fs.writeFileSync(path.join(OUT, 'indicators.csv'), indicatorLines.join('\n') + '\n');

const targets = new ChunkedCsv('targets', 'indicator,region,year,value');
for (const ind of indicators) {
  for (const region of targetRegions(ind)) {
    for (const year of years) {
      const t = yearTarget(ind, region.code, year);
      if (t !== null) targets.row(`${ind.code},${region.code},${year},${fmt(ind, t)}`);
    }
  }
}
targets.close();

const NOTES = ['laporan dinas kabupaten', 'data sementara', 'sesuai hasil verifikasi lapangan', 'termasuk koperasi baru'];
const realizations = new ChunkedCsv('realizations', 'indicator,region,period,value,note');
const perType = {};
for (const ind of indicators) {
  // Keyed by the region's place in the whole tree, so a smaller SCALE gives a subset of the same values.
  for (const region of reportingRegions(ind)) {
    const ri = regionIndex.get(region.code);
    for (const year of years) {
      periodsOf(ind.periodType, year).forEach((p, pi) => {
        const v = periodValue(ind, region.code, ri, year, p, pi);
        const note = unit(19, ind.i, ri, year, pi) < 0.02 ? NOTES[hash(23, ind.i, ri, pi) % NOTES.length] : '';
        realizations.row(`${ind.code},${region.code},${p},${fmt(ind, v)},${note}`);
        perType[ind.periodType] = (perType[ind.periodType] ?? 0) + 1;
      });
    }
  }
}
realizations.close();

// ---- the workflow: region x period pairs to submit, and of those the ones to verify ----
const pairs = new Map();
for (const ind of indicators) {
  for (const region of reportingRegions(ind)) {
    for (const year of years) for (const p of periodsOf(ind.periodType, year)) pairs.set(`${region.code} ${p}`, year);
  }
}
const workflow = [];
let k = 0;
for (const [pair, year] of pairs) {
  k++;
  const [region, period] = pair.split(' ');
  const h = unit(29, ...[...`${region}|${period}`].map((c) => c.charCodeAt(0)));
  if (h >= SUBMIT_SHARE) continue;
  // Older years are verified more often than the last one.
  const verifyShare = year === LAST_YEAR ? VERIFY_SHARE / 2 : VERIFY_SHARE;
  workflow.push(`${region}\t${period}\t${unit(31, k) < verifyShare ? 1 : 0}`);
}
fs.writeFileSync(path.join(OUT, 'workflow.tsv'), workflow.join('\n') + (workflow.length ? '\n' : ''));

const manifest = {
  seed: SEED, scale: SCALE, years: `${FIRST_YEAR}-${LAST_YEAR}`,
  regions: regions.length, reportingRegencies: regencies.length, provinces: provinces.length,
  programs: programs.length, indicators: indicators.length,
  indicatorsBy: ['periodType', 'polarity', 'timeAggregation', 'regionAggregation'].reduce((o, key) => {
    o[key] = indicators.reduce((m, x) => ((m[x[key]] = (m[x[key]] ?? 0) + 1), m), {});
    return o;
  }, {}),
  targets: targets.n, targetFiles: targets.files,
  realizations: realizations.n, realizationsByPeriodType: perType, realizationFiles: realizations.files,
  workflowPairs: pairs.size, submitPairs: workflow.length,
  verifyPairs: workflow.filter((w) => w.endsWith('\t1')).length,
};
fs.writeFileSync(path.join(OUT, 'manifest.json'), JSON.stringify(manifest, null, 1) + '\n');
console.log(JSON.stringify(manifest));
