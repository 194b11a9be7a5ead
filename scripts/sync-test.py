#!/usr/bin/env python3
"""Two deployments of the built jar, one mirroring the other (make test-sync).

A province deployment with the demo data, and a national one that starts with no data but the region tree of its
migrations, configured (through environment variables, as a server would be) to pull the province through an
integration client of it. The test waits for the schedule to mirror everything, compares every target and
realization and the achievement matrix of both, changes the province's data (a value verified, one returned, one
deleted, a target and an indicator created), runs the source on demand and checks that exactly those records were
written, reads the whole feed again and checks that nothing was written, and shows that a source configured for
another province writes nothing of this one's.
"""
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JAR = os.path.join(ROOT, "backend", "target", "quarkus-app", "quarkus-run.jar")
START_TIMEOUT = int(os.environ.get("SYNC_START_TIMEOUT", "900"))
SYNC_TIMEOUT = int(os.environ.get("SYNC_TIMEOUT", "900"))
IGNORED = {"createdAt", "updatedAt", "version"}  # bookkeeping of each deployment's own rows


def fail(message):
    raise SystemExit("SYNC TEST FAILED: " + message)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Instance:
    def __init__(self, name, work, env):
        self.name = name
        self.data = os.path.join(work, name)
        self.port, self.mgmt = free_port(), free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = os.path.join(work, name + ".log")
        environment = dict(os.environ, QUARKUS_HTTP_PORT=str(self.port), QUARKUS_MANAGEMENT_PORT=str(self.mgmt),
                           MONEV_DATA_DIR=self.data, MONEV_DASHBOARD_DIR=os.path.join(work, "no-dashboard"), **env)
        with open(self.log, "ab") as out:
            self.process = subprocess.Popen(["java", "-Xmx512m", "-jar", JAR], env=environment, stdout=out,
                                            stderr=subprocess.STDOUT)
        self.token = None

    def wait_ready(self):
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.fail_with_log(f"{self.name} exited during start")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.mgmt}/q/health/ready", timeout=5) as r:
                    if r.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.5)
        self.fail_with_log(f"{self.name} did not become ready")

    def fail_with_log(self, message):
        with open(self.log, errors="replace") as f:
            sys.stderr.write("".join(f.readlines()[-40:]))
        fail(message)

    def sign_in(self, username, password):
        self.token = self.call("POST", "/api/v1/auth/token", {"username": username, "password": password})[1]["accessToken"]

    def call(self, method, path, body=None, query=None, expect=(200, 201, 204), if_match=None):
        url = self.base + path + ("?" + urllib.parse.urlencode(query) if query else "")
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(url, data=data, method=method)
        request.add_header("Accept", "application/json")
        if data is not None:
            request.add_header("Content-Type", "application/json")
        if self.token:
            request.add_header("Authorization", "Bearer " + self.token)
        if if_match:
            request.add_header("If-Match", if_match)
        try:
            with urllib.request.urlopen(request, timeout=600) as r:
                status, text, headers = r.status, r.read().decode(), r.headers
        except urllib.error.HTTPError as e:
            status, text, headers = e.code, e.read().decode(), e.headers
        if status not in expect:
            fail(f"{self.name}: {method} {path} answered {status}: {text[:500]}")
        return status, (json.loads(text) if text else None), headers

    def all_pages(self, path, query=None):
        items, page = [], 0
        while True:
            answer = self.call("GET", path, query=dict(query or {}, page=page, size=500))[1]
            items += answer["items"]
            if len(items) >= answer["total"] or not answer["items"]:
                return items
            page += 1

    def stop(self):
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=120)
            except subprocess.TimeoutExpired:
                self.process.kill()


def comparable(records, key):
    return {key(r): {k: v for k, v in r.items() if k not in IGNORED} for r in records}


def values(instance):
    return (comparable(instance.all_pages("/api/v1/targets"), lambda t: (t["indicatorCode"], t["regionCode"], t["year"])),
            comparable(instance.all_pages("/api/v1/realizations"),
                       lambda r: (r["indicatorCode"], r["regionCode"], r["period"])))


def require_same(province, national, when):
    p_targets, p_values = values(province)
    n_targets, n_values = values(national)
    for what, p, n in (("targets", p_targets, n_targets), ("realizations", p_values, n_values)):
        if p != n:
            missing = [k for k in p if k not in n][:3]
            extra = [k for k in n if k not in p][:3]
            differing = [(p[k], n[k]) for k in p if k in n and p[k] != n[k]][:2]
            fail(f"{when}: the national deployment's {what} differ from the province's: {len(p)} against {len(n)}; "
                 f"missing {missing}, extra {extra}, differing {differing}")
    matrix = {"year": 2025, "level": "REGENCY", "parent": "61", "size": 500}
    p_matrix = province.call("GET", "/api/v1/achievements", query=matrix)[1]
    n_matrix = national.call("GET", "/api/v1/achievements", query=matrix)[1]
    if p_matrix["items"] != n_matrix["items"] or p_matrix["rollup"] != n_matrix["rollup"]:
        fail(f"{when}: the 2025 achievement matrices differ")
    print(f"  {when}: {len(p_targets)} targets, {len(p_values)} realizations and {len(p_matrix['items'])} "
          f"achievement rows are the same in both")
    return len(p_targets), len(p_values)


def source(national, name):
    sources = {s["name"]: s for s in national.call("GET", "/api/v1/sync-sources")[1]}
    return sources[name]


def run(national, name, **query):
    return national.call("POST", f"/api/v1/sync-sources/{name}/runs", query=query or None)[1]


def main():
    if not os.path.isfile(JAR):
        fail("build the backend first: make backend-jar")
    work = tempfile.mkdtemp(prefix="monev-sync-")
    instances = []
    try:
        print(f"Sync test: data in {work}")
        province = Instance("province", work, {"QUARKUS_PROFILE": "demo"})
        instances.append(province)
        province.wait_ready()
        province.sign_in("admin", "demo")
        client = province.call("POST", "/api/v1/clients",
                               {"name": "Kementerian: pencerminan nasional", "role": "MINISTRY"})[1]
        national_password = "Nasional-sync-2026!"
        national = Instance("national", work, {
            "MONEV_ADMIN_PASSWORD": national_password,
            "MONEV_SYNC_EVERY": "2s",
            "MONEV_SYNC_SOURCES_KALBAR_URL": province.base,
            "MONEV_SYNC_SOURCES_KALBAR_CLIENT_ID": client["client"]["clientId"],
            "MONEV_SYNC_SOURCES_KALBAR_CLIENT_SECRET": client["clientSecret"],
            "MONEV_SYNC_SOURCES_KALBAR_REGION": "61",
            # The same deployment, configured for another province: its data must not be written.
            "MONEV_SYNC_SOURCES_WRONG_URL": province.base,
            "MONEV_SYNC_SOURCES_WRONG_CLIENT_ID": client["client"]["clientId"],
            "MONEV_SYNC_SOURCES_WRONG_CLIENT_SECRET": client["clientSecret"],
            "MONEV_SYNC_SOURCES_WRONG_REGION": "62",
            "MONEV_SYNC_SOURCES_WRONG_ENABLED": "false",
        })
        instances.append(national)
        national.wait_ready()
        national.sign_in("admin", national_password)
        if national.call("GET", "/api/v1/realizations", query={"size": 1})[1]["total"] != 0:
            fail("the national deployment should start without values")

        # 1. The schedule mirrors the whole province; wait on what an administrator watches: the source's state.
        started = time.monotonic()
        deadline = started + SYNC_TIMEOUT
        while True:
            state = source(national, "kalbar")
            if state["state"] == "OK":
                break
            if state["state"] == "FAILING":
                fail("the first mirror failed: " + str(state["lastError"]))
            if time.monotonic() > deadline:
                fail(f"the first mirror did not finish within {SYNC_TIMEOUT} s: {state}")
            time.sleep(1)
        print(f"  first mirror by the schedule: {state['changesRead']} changes read, {state['recordsWritten']} records "
              f"written, caught up {time.monotonic() - started:.1f} s after start")
        require_same(province, national, "after the first mirror")

        # 2. Changes at the province, then a run on demand writes exactly them.
        # The schedule may take some of them first: count from before the changes.
        before = source(national, "kalbar")
        changed = change_province(province)
        after = run(national, "kalbar")
        if after["state"] != "OK":
            fail("the run on demand failed: " + str(after["lastError"]))
        written = after["recordsWritten"] - before["recordsWritten"]
        if written != changed:
            fail(f"the run on demand wrote {written} records for the {changed} changed at the province")
        require_same(province, national, f"after {changed} changes and a run on demand")

        # 3. Reading the whole feed again writes nothing: the mirror is idempotent.
        again = run(national, "kalbar", fromStart="true")
        if again["state"] != "OK" or again["recordsWritten"] != after["recordsWritten"]:
            fail(f"reading the feed again wrote {again['recordsWritten'] - after['recordsWritten']} records: {again}")
        if again["changesRead"] <= after["changesRead"]:
            fail("reading the feed again read nothing")
        require_same(province, national, "after reading the whole feed again")

        # 4. A source configured for province 62 refuses the province's records and writes none of them.
        counts = (national.call("GET", "/api/v1/realizations", query={"size": 1})[1]["total"],
                  national.call("GET", "/api/v1/audit-events", query={"size": 1})[1]["total"])
        wrong = run(national, "wrong")
        if wrong["state"] != "FAILING" or "region" not in (wrong["lastError"] or "").lower():
            fail(f"a source of another province was not refused: {wrong}")
        if wrong["recordsWritten"] != 0 or wrong["cursor"] != "0-0":
            fail(f"a refused source moved on: {wrong}")
        counts_after = (national.call("GET", "/api/v1/realizations", query={"size": 1})[1]["total"],
                        national.call("GET", "/api/v1/audit-events", query={"size": 1})[1]["total"])
        if counts_after != counts:
            fail(f"a refused source changed data: {counts} became {counts_after}")
        print(f"  a source configured for province 62 failed and wrote nothing: {wrong['lastError'][:120]}")

        # 5. Administrators see who wrote the mirrored records.
        trail = national.call("GET", "/api/v1/audit-events", query={"actor": "sync:kalbar", "size": 1})[1]
        if trail["total"] < 1:
            fail("the mirrored writes are not in the audit trail under sync:kalbar")
        with open(national.log, errors="replace") as log:
            for line in log:
                if "changes mirrored in" in line:
                    print("  national log: " + line.split("] ", 1)[-1].strip())
        print(f"Sync test passed: {trail['total']} audited writes by sync:kalbar.")
    finally:
        for instance in reversed(instances):
            instance.stop()
        if not os.environ.get("SYNC_KEEP"):
            shutil.rmtree(work, ignore_errors=True)


def change_province(province):
    """Changes at the province through its API; returns how many records they changed."""
    submitted = province.all_pages("/api/v1/realizations", {"status": "SUBMITTED", "year": 2026})
    drafts = province.all_pages("/api/v1/realizations", {"status": "DRAFT"})
    if len(submitted) < 2 or not drafts:
        fail(f"the demo data has {len(submitted)} submitted values of 2026 and {len(drafts)} drafts; the test needs 2 and 1")
    changed = 0
    first, second = submitted[0], submitted[1]
    for value, action, body in ((first, "verify", None), (second, "return", {"reason": "Angka belum sesuai laporan"})):
        path = f"/api/v1/realizations/{value['indicatorCode']}/{value['regionCode']}/{value['period']}"
        province.call("POST", path + "/" + action, body, if_match=province.call("GET", path)[2]["ETag"])
        changed += 1
    draft = drafts[0]
    path = f"/api/v1/realizations/{draft['indicatorCode']}/{draft['regionCode']}/{draft['period']}"
    province.call("DELETE", path, if_match=province.call("GET", path)[2]["ETag"])
    changed += 1
    indicator = province.call("GET", f"/api/v1/indicators/{draft['indicatorCode']}")[1]
    code = indicator["programCode"] + ".99"
    new_indicator = {k: v for k, v in indicator.items() if k not in IGNORED | {"active"}}
    new_indicator.update(code=code, name="Indikator baru dari provinsi", ministryCode=None)
    province.call("POST", "/api/v1/indicators", new_indicator)
    changed += 1
    region = "61" if indicator["regionAggregation"] == "PROVINCE_REPORTED" else "61.71"
    province.call("PUT", f"/api/v1/targets/{code}/{region}/2027", {"value": 1234.5})
    changed += 1
    return changed


if __name__ == "__main__":
    main()
