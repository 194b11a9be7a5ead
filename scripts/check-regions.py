#!/usr/bin/env python3
"""Checks scripts/regions-indonesia.csv (the national region tree, Kepmendagri 300.2.2-2138/2025)
against the rules of the `regions` bulk kind and against the West Kalimantan seed (V2 migration):
38 provinces, 514 regencies and cities, unique Kemendagri and BPS codes, every parent present,
and the rows of Kalimantan Barat (61) identical in code, BPS code and name to the seed.
Usage: scripts/check-regions.py [file.csv]   (exit 1 on the first kind of problem found)"""
import csv, re, sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILE = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "scripts" / "regions-indonesia.csv"
SEED = ROOT / "backend/src/main/resources/db/migration/V2__west_kalimantan_regions.sql"
KEMENDAGRI = re.compile(r"^\d{2}(\.\d{2})?$")
BPS = re.compile(r"^\d{2}(\d{2})?$")

problems = []
rows = list(csv.DictReader(open(FILE, encoding="utf-8", newline="")))
header = list(rows[0].keys()) if rows else []
if header != ["code", "bpsCode", "name", "level", "parent"]:
    problems.append(f"header is {header}")
levels = Counter(r["level"] for r in rows)
codes = Counter(r["code"] for r in rows)
bps = Counter(r["bpsCode"] for r in rows)
by_code = {r["code"]: r for r in rows}
for r in rows:
    c, b, n, lv, p = r["code"], r["bpsCode"], r["name"], r["level"], r["parent"]
    if not KEMENDAGRI.match(c) or not BPS.match(b):
        problems.append(f"{c}: code or BPS code malformed ({b})")
    if not n or len(n) > 200 or n != n.strip() or any(ord(ch) < 32 for ch in n):
        problems.append(f"{c}: name empty, longer than 200 or with control characters")
    if lv == "PROVINCE":
        if p or len(c) != 2 or len(b) != 2 or not n.startswith("Provinsi "):
            problems.append(f"{c}: province with a parent, a long code or a name without 'Provinsi '")
    elif lv in ("REGENCY", "CITY"):
        prefix = "Kota " if lv == "CITY" else "Kabupaten "
        if not p or not c.startswith(p + ".") or p not in by_code or by_code[p]["level"] != "PROVINCE":
            problems.append(f"{c}: parent {p!r} missing or not its province")
        if len(b) != 4 or not n.startswith(prefix):
            problems.append(f"{c}: BPS code {b} not 4 digits or name not starting with {prefix!r}")
        if lv == "CITY" and int(c[3:]) < 71:
            problems.append(f"{c}: a city numbered below 71")
    else:
        problems.append(f"{c}: level {lv!r}")
problems += [f"Kemendagri code {c} appears {k} times" for c, k in codes.items() if k > 1]
problems += [f"BPS code {b} appears {k} times" for b, k in bps.items() if k > 1]

seed = re.findall(r"\('(\d{2}(?:\.\d{2})?)',\s*'(\d+)',\s*'([^']+)',\s*'(\w+)',\s*(NULL|'[\d.]+')\)", SEED.read_text())
for code, b, name, lv, parent in seed:
    r = by_code.get(code)
    if r is None or (r["bpsCode"], r["name"], r["level"], r["parent"]) != (b, name, lv, parent.strip("'").replace("NULL", "")):
        problems.append(f"{code}: differs from the seed ({b}, {name}, {lv}) -> {r}")
extra_61 = [r["code"] for r in rows if r["code"].startswith("61") and r["code"] not in {s[0] for s in seed}]
if extra_61:
    problems.append(f"rows of 61 not in the seed: {extra_61}")

regencies = levels["REGENCY"] + levels["CITY"]
print(f"{FILE.name}: {len(rows)} rows, {levels['PROVINCE']} provinces, {levels['REGENCY']} regencies + "
      f"{levels['CITY']} cities = {regencies}; {len(codes)} distinct Kemendagri codes, {len(bps)} distinct BPS codes; "
      f"{len(seed)} seed rows of Kalimantan Barat compared")
if levels["PROVINCE"] != 38 or regencies != 514:
    problems.append("expected 38 provinces and 514 regencies and cities")
# Outside Papua a BPS code starts with its province's BPS code; the regencies of the provinces formed in
# 2022 keep the BPS codes they had under Papua (94) and Papua Barat (91): listed, not an error.
moved = [r["code"] + "=" + r["bpsCode"] for r in rows if r["parent"] and not r["bpsCode"].startswith(by_code[r["parent"]]["bpsCode"])]
outside_papua = [m for m in moved if not m.startswith("9")]
problems += [f"BPS code outside its province: {m}" for m in outside_papua]
print(f"regencies whose BPS code is not under their province's (2022 Papua split, pre-split BPS code kept): {len(moved)}")
for p in problems:
    print("PROBLEM:", p)
sys.exit(1 if problems else 0)
