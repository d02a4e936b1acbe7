#!/usr/bin/env python3
"""The benchmarks of bin/bench (run it through bin/bench, which finds PostgreSQL and the tools first).

One run measures, side by side and against baselines taken in the same run:
  baselines     pgbench -S (select only) and a single-row insert per transaction, both -c 16 -j 2, and an empty
                endpoint of the same HTTP stack (GET /q/health/live on case-service's management port, no checks)
  load rows     GET case by id (direct and through the gateway), POST case (with a check of the database: no lost
                or duplicated rows), contact decision, payment posting, the mixed collector workload through the
                gateway: wrk -t2 -c16, DURATION seconds each after a short warm-up
  batch rows    the daily contact plan of N cases and the bulk import of N cases
  per service   startup time to ready (a second instance of the built jar on spare ports) and resident memory of
                the running instance after the load
and prints one table (result, p50/p99, ratio to each baseline, target, met?) that it also writes as JSON and
Markdown under target/bench/. Python 3 standard library only; the requests come from bin/lib/bench-load.lua and
the SQL from bin/lib/bench-*.sql.
"""

import argparse
import concurrent.futures
import datetime
import hashlib
import http.client
import json
import os
import platform
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIB = ROOT / "bin" / "lib"
OUT_DIR = ROOT / "target" / "bench"
LUA = LIB / "bench-load.lua"
THREADS, CONNECTIONS = 2, 16          # wrk -t2 -c16 and pgbench -j 2 -c 16: the same 16 concurrent clients everywhere
PGBENCH_DB, PGBENCH_SCALE = "bench_pgbench", 10
NO_SLOTS = re.compile(r"too many clients|remaining connection slots are reserved")
SETTLE_S = 1.0                         # pause after each wrk run (its aborted requests settle first)
GROUPS = ["startup", "baselines", "get", "post", "decision", "payment", "mixed", "daily-plan", "import", "memory"]


class BenchError(Exception):
    """A row (or the run) cannot be measured; the message says why."""


def say(message):
    print(f"[bench] {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------------------------------------------------
# The suite, PostgreSQL and HTTP

def services():
    """The SERVICES table of bin/lib/services.sh: name, module, HTTP port, database, management port."""
    text = (LIB / "services.sh").read_text()
    block = re.search(r"^SERVICES=\((.*?)^\)", text, re.S | re.M).group(1)
    return [dict(name=n, module=m, port=int(p), db=d, mport=int(mp))
            for n, m, p, d, mp in re.findall(r'"([^"|]+)\|([^"|]+)\|(\d+)\|([^"|]+)\|(\d+)"', block)]


SERVICES = {s["name"]: s for s in services()}
PG_PORT = int(os.environ.get("BENCH_PG_PORT", "5432"))
PSQL = os.environ.get("BENCH_PSQL") or shutil.which("psql") or "psql"
PGBENCH = os.environ.get("BENCH_PGBENCH") or shutil.which("pgbench")
WRK = shutil.which("wrk")
RUN_DIR = Path(os.environ.get("BENCH_RUN_DIR") or ROOT / ".local" / "run")
URL = {
    "gateway": os.environ.get("GATEWAY_URL", "http://localhost:8080"),
    "case-service": os.environ.get("CASE_URL", "http://localhost:8081"),
    "contact-service": os.environ.get("CONTACT_URL", "http://localhost:8082"),
    "plan-service": os.environ.get("PLAN_URL", "http://localhost:8083"),
}
MANAGEMENT_URL = {name: os.environ.get(f"{name.split('-')[0].upper()}_MANAGEMENT_URL", f"http://localhost:{s['mport']}")
                  for name, s in SERVICES.items()}


def psql(db, sql=None, file=None, variables=None, timeout=3600):
    cmd = [PSQL, "-X", "-q", "-tA", "-v", "ON_ERROR_STOP=1", "-h", "localhost", "-p", str(PG_PORT), "-U", "postgres",
           "-d", db]
    for key, value in (variables or {}).items():
        cmd += ["-v", f"{key}={value}"]
    cmd += ["-f", str(file)] if file else ["-c", sql]
    deadline = time.monotonic() + 60
    while True:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                           env={**os.environ, "PGCONNECT_TIMEOUT": "10"})
        if r.returncode and NO_SLOTS.search(r.stderr) and time.monotonic() < deadline:
            time.sleep(1)   # every connection slot is taken (the services' pools): wait for one
            continue
        if r.returncode:
            raise BenchError(f"psql -d {db}: {r.stderr.strip()[-500:]}")
        return r.stdout.strip()


def sql_text(value):
    return "'" + str(value).replace("'", "''") + "'"


class Http:
    """One keep-alive connection to a base URL; JSON in and out. A request that finds the kept-alive connection closed
    is sent once more on a new one, unless retry_stale is False (then the caller sees every failure, as bin/soak needs
    to account for each request). headers holds the answer's headers of the last request."""

    def __init__(self, base, token=None, timeout=60, retry_stale=True):
        u = urllib.parse.urlsplit(base)
        self.host, self.port, self.token, self.timeout = u.hostname, u.port or 80, token, timeout
        self.retry_stale = retry_stale
        self.conn = None
        self.headers = {}

    def request(self, method, path, body=None, headers=None, raw=None, content_type="application/json"):
        h = {"Accept": "application/json"}
        if self.token:
            h["Authorization"] = f"Bearer {self.token}"
        data = raw
        if body is not None:
            data = json.dumps(body).encode()
        if data is not None:
            h["Content-Type"] = content_type
        h.update(headers or {})
        attempts = 2 if self.retry_stale else 1
        for attempt in range(1, attempts + 1):
            if self.conn is None:
                self.conn = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout, blocksize=1 << 16)
            try:
                if hasattr(data, "seek"):
                    data.seek(0)
                self.conn.request(method, path, body=data, headers=h)
                resp = self.conn.getresponse()
                text = resp.read().decode("utf-8", "replace")
                self.headers = {k.lower(): v for k, v in resp.getheaders()}
                break
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
                self.conn.close()
                self.conn = None
                if attempt == attempts:
                    raise
        try:
            payload = json.loads(text) if text else None
        except ValueError:
            payload = text
        return resp.status, payload

    def expect(self, status, method, path, body=None, headers=None, patience=0, **kw):
        """The answer's payload, or BenchError when its status is not the one expected. For `patience` seconds, a 503
        is sent again after its Retry-After, as a client should (a service that has just started may answer 503
        while the service it asks is still warming up): only for requests that are safe to repeat."""
        deadline = time.monotonic() + patience
        while True:
            got, payload = self.request(method, path, body, headers, **kw)
            left = deadline - time.monotonic()
            if got != 503 or left <= 0:
                break
            try:
                wait = float(self.headers.get("retry-after", 1))
            except ValueError:
                wait = 1
            time.sleep(min(max(wait, 0.1), left))
        if got not in ((status,) if isinstance(status, int) else status):
            raise BenchError(f"{method} {path} answered {got}: {str(payload)[:300]}")
        return payload

    def close(self):
        if self.conn:
            self.conn.close()


def ready(name):
    try:
        status, _ = Http(MANAGEMENT_URL[name], timeout=5).request("GET", "/q/health/ready")
        return status == 200
    except OSError:
        return False


def require_ready(*names):
    down = [n for n in names if not ready(n)]
    if down:
        raise BenchError(f"not ready: {', '.join(down)} (start the suite with bin/local-up)")


def token(role="admin", sub=None, ttl=7200):
    cmd = [str(ROOT / "bin" / "token"), "--role", role, "--ttl", str(ttl)] + (["--sub", sub] if sub else [])
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode:
        raise BenchError(f"bin/token: {r.stderr.strip()}")
    return r.stdout.strip()


def port_free(port):
    with socket.socket() as s:
        s.settimeout(0.2)
        return s.connect_ex(("127.0.0.1", port)) != 0


# --------------------------------------------------------------------------------------------------------------------
# Rows of the table

class Row:
    def __init__(self, key, label, group):
        self.key, self.label, self.group = key, label, group
        self.value = self.unit = self.rate = self.p50 = self.p99 = None
        self.ratios = {}
        self.target = ""
        self.met = None            # True / False; None: no target, or not applicable at this size
        self.failure = None        # a failed measurement: the run fails
        self.note = ""
        self.details = {}

    def result(self):
        if self.value is None:
            return "-"
        if self.unit in ("req/s", "tx/s", "cases/s"):
            return f"{self.value:,.0f} {self.unit}"
        if self.unit == "s":
            return f"{self.value:,.2f} s"
        if self.unit == "MiB":
            return f"{self.value:,.0f} MiB"
        if self.unit == "rows":
            return f"{self.value:,.0f} rows"
        if self.unit == "%":
            return f"{self.value:.0f} %"
        return f"{self.value} {self.unit or ''}".strip()

    def met_text(self):
        if self.failure:
            return "FAIL"
        if self.met is None:
            return "n/a" if self.target else "-"
        return "yes" if self.met else "NO"

    def as_json(self):
        def r(x, digits=3):
            return None if x is None else round(x, digits)
        return {"key": self.key, "row": self.label, "group": self.group, "value": r(self.value), "unit": self.unit,
                "rate_per_s": r(self.rate, 1), "p50_ms": r(self.p50), "p99_ms": r(self.p99),
                "ratios": {k: r(v, 4) for k, v in self.ratios.items()},
                "target": self.target or None, "met": self.met, "failed": bool(self.failure), "failure": self.failure,
                "note": self.note or None, "details": self.details}


BASELINES = [("pgbench-select", "÷ -S"), ("pgbench-insert", "÷ insert"), ("http-empty", "÷ empty")]


class Bench:
    def __init__(self, args, work=None, creditor_prefix="BENCH"):
        """work: the directory of this run's files (default target/bench/run-<run>); creditor_prefix: the creditors of
        the cases prepare() makes are <prefix>-<run>-S (bin/soak uses its own, SOAK)."""
        self.args = args
        self.run = str(int(time.time()))
        self.creditor_prefix = creditor_prefix
        self.work = Path(work) if work else OUT_DIR / f"run-{self.run}"
        self.work.mkdir(parents=True, exist_ok=True)
        self.rows = []
        self.started = datetime.datetime.now(datetime.timezone.utc)
        self.load_at_start = " ".join(f"{x:.2f}" for x in os.getloadavg())
        self.children = []
        self._admin = None
        self.seed = self.seed_error = None

    # -- helpers -----------------------------------------------------------------------------------------------------

    def admin(self):
        if self._admin is None:
            self._admin = token("admin")
        return self._admin

    def row(self, key, label, group):
        r = Row(key, label, group)
        self.rows.append(r)
        return r

    def find(self, key):
        return next((r for r in self.rows if r.key == key and not r.failure), None)

    def wanted(self, group):
        return group not in self.args.skip

    def measure(self, row, fn, *a, **kw):
        """Runs one measurement; a BenchError (or any error) marks the row failed and the run goes on."""
        try:
            return fn(row, *a, **kw)
        except BenchError as e:
            row.failure = str(e)
        except Exception as e:  # noqa: BLE001 - a broken row must not hide the others
            row.failure = f"{type(e).__name__}: {e}"
        say(f"FAILED {row.label}: {row.failure}")
        return None

    # -- wrk ---------------------------------------------------------------------------------------------------------

    def wrk(self, name, url, mode, duration, **opts):
        if not WRK:
            raise BenchError("wrk is not installed (apt-get install wrk)")
        out = self.work / f"wrk-{name}.json"
        out.unlink(missing_ok=True)
        words = [f"mode={mode}", f"out={out}"] + [f"{k}={v}" for k, v in opts.items()]
        cmd = [WRK, f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{duration}s", "--timeout", "10s", "-s", str(LUA), url, "--"]
        r = subprocess.run(cmd + words, capture_output=True, text=True, timeout=duration + 120)
        (self.work / f"wrk-{name}.txt").write_text(" ".join(cmd + words) + "\n" + r.stdout + r.stderr)
        if r.returncode or not out.exists():
            raise BenchError(f"wrk failed ({r.returncode}): {(r.stderr or r.stdout).strip()[-300:]}")
        res = json.loads(out.read_text())
        res["rps"] = res["requests"] / (res["duration_us"] / 1e6)
        bad = {s: n for s, n in res["statuses"].items() if not 200 <= int(s) < 300}
        errors = {k: n for k, n in res["errors"].items() if k != "status" and n}
        problems = []
        if bad:
            problems.append("non-2xx answers " + ", ".join(f"{s}×{n}" for s, n in sorted(bad.items())))
        if errors:
            problems.append("socket errors " + ", ".join(f"{k}×{n}" for k, n in sorted(errors.items())))
        if not res["requests"]:
            problems.append("no request was answered")
        if res.get("failed_answers"):
            problems.append("e.g. " + res["failed_answers"][0][:300])
        res["problems"] = "; ".join(problems)
        # wrk leaves its last requests unanswered when it stops; let the services finish them before the next run
        time.sleep(SETTLE_S)
        return res

    def load_row(self, row, url, mode, group_tag, **opts):
        """A warm-up (not counted), then the measured wrk run; fills row from it and returns the wrk result."""
        if self.args.warmup > 0:
            warm_opts = dict(opts)
            if "creditor" in warm_opts:
                warm_opts["creditor"] += "-W"
            self.wrk(f"{group_tag}-warmup", url, mode, self.args.warmup, tag=f"{self.run}-{group_tag}w", **warm_opts)
        res = self.wrk(group_tag, url, mode, self.args.duration, tag=f"{self.run}-{group_tag}", **opts)
        self.fill(row, res)
        return res

    @staticmethod
    def fill(row, res):
        row.value, row.unit, row.rate = res["rps"], "req/s", res["rps"]
        row.p50, row.p99 = res["p50_us"] / 1000, res["p99_us"] / 1000
        row.details = {k: res[k] for k in ("requests", "duration_us", "statuses", "sent", "errors", "p90_us", "max_us",
                                           "mean_us", "failed_answers")}
        if res["problems"]:
            row.failure = res["problems"] + " (numbers from failing requests are not comparable)"

    # -- baselines ---------------------------------------------------------------------------------------------------

    def pgbench_ready(self):
        if not PGBENCH:
            raise BenchError("pgbench is not installed (it comes with PostgreSQL: apt-get install postgresql-client, "
                             "or postgresql on Debian 12)")
        if not psql("postgres", f"select 1 from pg_database where datname = '{PGBENCH_DB}'"):
            say(f"creating database {PGBENCH_DB} (pgbench's own)")
            psql("postgres", f"create database {PGBENCH_DB}")
        initialised = psql(PGBENCH_DB, "select to_regclass('pgbench_branches') is not null") == "t"
        scale = psql(PGBENCH_DB, "select count(*) from pgbench_branches") if initialised else "0"
        if scale != str(PGBENCH_SCALE):
            say(f"pgbench -i -s {PGBENCH_SCALE} in {PGBENCH_DB}")
            r = subprocess.run([PGBENCH, "-h", "localhost", "-p", str(PG_PORT), "-U", "postgres", "-i", "-q", "-s",
                                str(PGBENCH_SCALE), PGBENCH_DB], capture_output=True, text=True)
            if r.returncode:
                raise BenchError(f"pgbench -i: {r.stderr.strip()[-300:]}")
        psql(PGBENCH_DB, file=LIB / "bench-pgbench-setup.sql")

    def free_connections(self, need=None, who="pgbench"):
        """Waits (up to 30 s) until PostgreSQL has `need` free connections (default: one per pgbench client); the
        services' pools hold the connections they opened under load for a while."""
        sql = ("select current_setting('max_connections')::int - current_setting('superuser_reserved_connections')::int"
               " - count(*) from pg_stat_activity where backend_type = 'client backend'")
        need = CONNECTIONS + 1 if need is None else need
        deadline = time.monotonic() + 30
        while (free := int(psql("postgres", sql))) < need and time.monotonic() < deadline:
            time.sleep(0.5)
        if free < need:
            held = psql("postgres", "select string_agg(datname || ' ' || n, ', ' order by n desc) from "
                                    "(select datname, count(*) n from pg_stat_activity where datname is not null "
                                    "group by 1) c")
            raise BenchError(f"PostgreSQL has {free} free connections, {who} needs {need} (held: {held}; "
                             "raise max_connections or run bin/bench on a freshly started suite)")

    def pgbench(self, row, name, extra):
        self.free_connections()
        logs = self.work / f"pgbench-{name}"
        logs.mkdir(exist_ok=True)
        cmd = [PGBENCH, "-h", "localhost", "-p", str(PG_PORT), "-U", "postgres", "-n", "-c", str(CONNECTIONS),
               "-j", str(THREADS), "-T", str(self.args.duration), "--log", f"--log-prefix={logs}/tx",
               "--sampling-rate=0.1", *extra, PGBENCH_DB]
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=self.args.duration + 120)
        (self.work / f"pgbench-{name}.txt").write_text(" ".join(cmd) + "\n" + r.stdout + r.stderr)
        if r.returncode:
            raise BenchError(f"pgbench failed: {(r.stderr or r.stdout).strip()[-300:]}")
        tps = float(re.search(r"tps = ([\d.]+) \(without initial connection time\)", r.stdout).group(1))
        failed = re.search(r"number of failed transactions: (\d+)", r.stdout)
        latencies = sorted(int(line.split()[2]) for f in logs.iterdir() for line in f.read_text().splitlines() if line)
        if not latencies:
            raise BenchError("pgbench logged no transaction")
        row.value, row.unit, row.rate = tps, "tx/s", tps
        row.p50, row.p99 = percentile(latencies, 50) / 1000, percentile(latencies, 99) / 1000
        row.details = {"transactions": int(re.search(r"actually processed: (\d+)", r.stdout).group(1)),
                       "failed": int(failed.group(1)) if failed else 0, "latency_samples": len(latencies),
                       "command": " ".join(cmd[cmd.index("-n"):])}
        if row.details["failed"]:
            row.failure = f"{row.details['failed']} transactions failed"
        shutil.rmtree(logs, ignore_errors=True)

    def baselines(self):
        select = self.row("pgbench-select", "pgbench -S (baseline)", "baselines")
        insert = self.row("pgbench-insert", "pgbench 1-row insert (baseline)", "baselines")
        empty = self.row("http-empty", "empty HTTP endpoint (baseline)", "baselines")
        select.note = f"pgbench -S -c {CONNECTIONS} -j {THREADS}, scale {PGBENCH_SCALE}, database {PGBENCH_DB}"
        insert.note = ("one row per transaction (bigserial key, uuid, text, timestamptz): "
                       "bin/lib/bench-pgbench-insert.sql")
        empty.note = "GET /q/health/live of case-service (management port, no checks): Quarkus HTTP, no auth, no SQL"
        try:
            self.pgbench_ready()
        except BenchError as e:
            select.failure = insert.failure = str(e)
        else:
            say(f"baseline: pgbench -S, {self.args.duration} s")
            self.measure(select, self.pgbench, "select", ["-S"])
            say(f"baseline: pgbench single-row inserts, {self.args.duration} s")
            self.measure(insert, self.pgbench, "insert", ["-f", str(LIB / "bench-pgbench-insert.sql")])
        say("baseline: empty HTTP endpoint")
        self.measure(empty, lambda row: self.load_row(row, MANAGEMENT_URL["case-service"] + "/q/health/live",
                                                      "static", "empty"))

    # -- the bench's own cases, plans and collectors -----------------------------------------------------------------

    def prepare(self, cases, plans, collectors):
        """Cases (ACTIVE, mixed jurisdictions) for reads, decisions and notes, plans to pay towards, collector
        tokens (one subject each: the gateway limits decisions per subject), and waits until contact-service
        knows the cases (they reach it through case-service's events)."""
        if self.seed is not None:
            return self.seed
        if self.seed_error is not None:
            raise BenchError(self.seed_error)
        try:
            self.seed = self._prepare(cases, plans, collectors)
            return self.seed
        except (BenchError, OSError, http.client.HTTPException) as e:
            self.seed_error = str(e)
            raise

    def _prepare(self, cases, plans, collectors):
        require_ready("case-service", "contact-service", "plan-service")
        admin, creditor = self.admin(), f"{self.creditor_prefix}-{self.run}-S"
        say(f"preparing {cases} cases (creditor {creditor}), {plans} plans and {collectors} collector tokens ...")
        zones = [("CN", "Asia/Shanghai", "CNY"), ("CN", "Asia/Shanghai", "CNY"), ("US", "America/New_York", "USD"),
                 ("US", "America/Los_Angeles", "USD"), ("UK", "Europe/London", "GBP")]

        def open_case(i, principal=None, zone=None):
            http_ = Http(URL["case-service"], admin)
            j, tz, cur = zone or zones[i % len(zones)]
            body = {"creditorId": creditor, "externalRef": f"S{self.run}-{i}",
                    "debtor": {"fullName": f"Bench Debtor {i}", "nationalId": f"S{self.run}-{i:06d}",
                               "phones": [f"+86 139 {i // 10000:04d} {i % 10000:04d}"], "emails": [f"s{i}@example.org"],
                               "timeZone": tz, "jurisdiction": j},
                    "debts": [{"product": "CREDIT_CARD", "principal": principal or f"{500 + i % 5000}.00",
                               "currency": cur, "oldestUnpaidDate": days_from_today(-40 - i % 300)}]}
            case = http_.expect(201, "POST", "/api/v1/cases", body, {"Idempotency-Key": f"bench-{self.run}-seed-{i}"})
            http_.expect(200, "POST", f"/api/v1/cases/{case['id']}/transitions", {"to": "ACTIVE", "reason": "Bench"})
            http_.close()
            return case["id"], cur

        supervisor = token("supervisor")

        def open_plan(i):
            case_id, cur = open_case(cases + i, "1000000.00", zones[0])
            plans_ = Http(URL["plan-service"], admin)
            plan = plans_.expect(201, "POST", "/api/v1/plans", {
                "caseId": case_id, "type": "INSTALLMENT", "amount": "1000000.00", "installments": 12,
                "frequency": "MONTHLY", "firstDueDate": days_from_today(30)},
                {"Idempotency-Key": f"bench-{self.run}-plan-{i}"}, patience=60)
            Http(URL["plan-service"], supervisor).expect(200, "POST", f"/api/v1/plans/{plan['id']}/approve",
                                                           {"reason": "Bench: debtor agreed"}, patience=60)
            plans_.close()
            return plan["id"], cur

        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            case_ids = [c for c, _ in pool.map(open_case, range(cases))]
            plan_ids = list(pool.map(open_plan, range(plans)))
            tokens = list(pool.map(lambda i: token("collector", f"bench-collector-{i:03d}"), range(collectors)))
        files = {"cases": self.work / "cases.txt", "plans": self.work / "plans.txt", "admin": self.work / "admin.txt",
                 "collectors": self.work / "collectors.txt"}
        files["cases"].write_text("\n".join(case_ids) + "\n")
        files["plans"].write_text("\n".join(f"{p} {c}" for p, c in plan_ids) + "\n")
        files["admin"].write_text(admin + "\n")
        files["collectors"].write_text("\n".join(tokens) + "\n")
        deadline, known = time.monotonic() + 120, -1
        while time.monotonic() < deadline:
            known = int(psql("contact_service", "select count(*) from contactability where creditor_id = "
                             + sql_text(creditor)))
            if known >= cases + plans:
                break
            time.sleep(0.25)
        else:
            pending = psql("case_service", "select count(*) from outbox_delivery where subscriber = 'contact' "
                                           "and status = 'PENDING'")
            raise BenchError(f"contact-service knows {known} of the {cases + plans} cases after 120 s; case-service "
                             f"has {int(pending):,} events pending for it (the relay is behind, e.g. after a bulk "
                             "import)")
        # A debtor's first decision creates its contact profile; concurrent first decisions for one debtor conflict
        # (409). One decision per case first, so that the load rows measure the steady state.
        contact = Http(URL["contact-service"], admin)
        for case_id in case_ids:
            contact.expect(200, "POST", "/api/v1/contact-decisions", {"caseId": case_id, "channel": "CALL"})
        contact.close()
        return files

    # -- load rows ---------------------------------------------------------------------------------------------------

    def seed_or_fail(self, *rows):
        try:
            return self.prepare(self.args.cases, self.args.plans, self.args.collectors)
        except (BenchError, OSError, http.client.HTTPException) as e:
            for r in rows:
                r.failure = f"preparation failed: {e}"
            say(f"FAILED preparation: {e}")
            return None

    def gets(self, rounds):
        direct = self.row("get-direct", "GET case by id, direct", "get")
        via = self.row("get-gateway", "GET case by id, via gateway", "get")
        overhead = self.row("gateway-overhead", "gateway vs direct (GET case)", "get")
        direct.target, via.target = "≥ 40 % of -S", "≥ 30 % of -S"
        overhead.target = "≥ 75 % of direct, ≤ 1 ms added at p50"
        files = self.seed_or_fail(direct, via, overhead)
        if not files:
            return
        if not ready("gateway"):
            via.failure = overhead.failure = "the gateway is not ready"
        runs = {"direct": [], "gateway": []}
        for n in range(rounds):
            for name, base in (("direct", URL["case-service"]), ("gateway", URL["gateway"])):
                if name == "gateway" and via.failure:
                    continue
                say(f"GET case by id, {name}{f', round {n + 1} of {rounds}' if rounds > 1 else ''}")
                tmp = Row(name, name, "get")
                if self.measure(tmp, lambda r: self.load_row(r, base, "get-case", f"get-{name}-{n}",
                                                             tokens=files["admin"], cases=files["cases"])) is None \
                        or tmp.failure:
                    (direct if name == "direct" else via).failure = tmp.failure
                runs[name].append(tmp)
        for row, name in ((direct, "direct"), (via, "gateway")):
            done_ = [r for r in runs[name] if r.value is not None]
            if not done_:
                row.failure = row.failure or "no run completed"
                continue
            row.value, row.unit = statistics.median(r.value for r in done_), "req/s"
            row.rate, row.p50 = row.value, statistics.median(r.p50 for r in done_)
            row.p99 = statistics.median(r.p99 for r in done_)
            row.details = {"runs": [r.details | {"rps": r.value, "p50_ms": r.p50, "p99_ms": r.p99} for r in done_]}
            row.note = f"{self.args.cases} cases, admin token (every unmasked read is audited: one insert per read)"
            if rounds > 1:
                row.note += f"; medians of {rounds} alternating runs"
        if direct.failure or via.failure:
            overhead.failure = "see the GET rows"
            return
        overhead.value, overhead.unit = 100 * via.value / direct.value, "%"
        overhead.p50, overhead.p99 = via.p50 - direct.p50, via.p99 - direct.p99
        overhead.met = overhead.value >= 75 and overhead.p50 <= 1.0
        overhead.note = "result: gateway throughput in % of direct; p50/p99: latency the gateway adds"

    def post_case(self):
        row = self.row("post-case", "POST case, direct", "post")
        check = self.row("post-case-rows", "POST case: rows in the database", "post")
        row.target, check.target = "≥ 20 % of insert", "no lost or duplicated rows"
        if not self.seed_or_fail(row, check):
            return
        creditor = f"BENCH-{self.run}"
        say(f"POST case, direct (creditor {creditor})")
        res = self.measure(row, self.load_row, URL["case-service"], "post-case", "post",
                           tokens=self.seed["admin"], creditor=creditor, unpaid=days_from_today(-95))
        row.note = f"creditor {creditor}: a new debtor with a phone and an e-mail and one debt per case"
        if res is None:
            check.failure = "the POST run failed"
            return
        self.measure(check, self.check_created, creditor, res)

    def check_created(self, row, creditor, res):
        """Every 201 (its externalRef) is exactly one row, and the only other rows are requests still in flight when
        wrk stopped (sent, never answered): no lost or duplicated rows."""
        query = "select external_ref from collection_case where creditor_id = " + sql_text(creditor)
        refs, stable_since, deadline = None, time.monotonic(), time.monotonic() + 15
        while time.monotonic() < deadline:   # in-flight requests may still commit for a moment
            now = psql("case_service", query).splitlines()
            if refs is not None and len(now) == len(refs):
                if time.monotonic() - stable_since >= 1.0:
                    break
            else:
                stable_since = time.monotonic()
            refs = now
            time.sleep(0.25)
        acked = res["acked"]
        created = res["statuses"].get("201", 0)
        db, answered = set(refs), set(acked)
        sent_per_thread = {int(k): v for k, v in res["sent_per_thread"].items()}

        def was_sent(ref):
            m = re.fullmatch(rf"R{self.run}-post-(\d+)-(\d+)", ref)
            return bool(m) and int(m.group(2)) <= sent_per_thread.get(int(m.group(1)), 0)

        lost = answered - db
        duplicated = (len(refs) - len(db)) + (len(acked) - len(answered))
        extra = db - answered
        in_flight_bound = sum(sent_per_thread.values()) - res["requests"]
        strays = [r for r in extra if not was_sent(r)]
        row.value, row.unit = len(refs), "rows"
        row.details = {"creditor": creditor, "rows": len(refs), "answered_201": created, "refs_in_201s": len(acked),
                       "lost": len(lost), "duplicated": duplicated, "in_flight_at_stop": len(extra),
                       "in_flight_bound": in_flight_bound, "not_sent_by_this_run": len(strays)}
        row.note = (f"{len(refs):,} rows = {created:,} answered 201 + {len(extra)} in flight when wrk stopped; "
                    f"{len(lost)} lost, {duplicated} duplicated")
        problems = []
        if lost:
            problems.append(f"{len(lost)} answered 201 but have no row (e.g. {sorted(lost)[:3]})")
        if duplicated:
            problems.append(f"{duplicated} duplicated")
        if created != len(acked):
            problems.append(f"{created} answers 201 but {len(acked)} case references in them")
        if len(extra) > max(in_flight_bound, 0) or strays:
            problems.append(f"{len(extra)} rows nobody was answered for ({len(strays)} never sent), "
                            f"at most {in_flight_bound} requests were in flight")
        row.met = not problems
        if problems:
            row.failure = "; ".join(problems)

    def decision(self):
        row = self.row("decision", "contact decision, direct", "decision")
        row.target = "≥ 30 % of -S"
        if not self.seed_or_fail(row):
            return
        say("contact decisions, direct")
        self.measure(row, self.load_row, URL["contact-service"], "decision", "decision", tokens=self.seed["admin"],
                     cases=self.seed["cases"])
        row.note = (f"POST /api/v1/contact-decisions, CALL now, {self.args.cases} cases (CN, US, UK); "
                    "every decision is stored")

    def payment(self):
        row = self.row("payment", "payment posting, direct", "payment")
        if not self.seed_or_fail(row):
            return
        say("payments, direct")
        self.measure(row, self.load_row, URL["plan-service"], "payment", "payment", tokens=self.seed["admin"],
                     plans=self.seed["plans"])
        row.note = (f"POST /api/v1/plans/{{id}}/payments, 0.01 each, unique payer reference and Idempotency-Key, "
                    f"random among {self.args.plans} ACTIVE plans")

    def mixed(self):
        row = self.row("mixed", "mixed collector workload, via gateway", "mixed")
        if not self.seed_or_fail(row):
            return
        say("mixed collector workload, via the gateway")
        res = self.measure(row, lambda *a, **kw: require_ready("gateway") or self.load_row(*a, **kw), URL["gateway"], "mixed", "mixed", tokens=self.seed["collectors"],
                           cases=self.seed["cases"], plans=self.seed["plans"])
        sent = (res or {}).get("sent", {})
        total = sum(sent.values()) or 1
        row.note = ("70 % GET case, 20 % contact decisions, 10 % writes (case notes, payments); "
                    f"{self.args.collectors} collector tokens (the gateway limits decisions per collector)")
        if sent:
            row.note += "; sent: " + ", ".join(f"{k} {100 * v / total:.0f} %" for k, v in sorted(sent.items()))

    # -- daily plan --------------------------------------------------------------------------------------------------

    def daily_plan(self, rows, baseline):
        row = self.row("daily-plan", f"daily plan of {rows:,} cases", "daily-plan")
        row.target = "≤ 60 s for 1,000,000 cases"
        base = self.row("daily-plan-baseline", "contact requests one at a time (baseline)", "daily-plan") \
            if baseline else None
        self.measure(row, self._daily_plan, rows, baseline, base)

    def _daily_plan(self, row, rows, baseline, base):
        require_ready("contact-service")
        run = f"{self.run}-DP"   # creditor BENCH-<run>-DP; md5-derived ids tagged with it
        day = None
        for ahead in range(1, 8):
            candidate = days_from_today(ahead)
            if psql("contact_service", "select count(*) from job_claim where job = 'daily-plan-CALL' and period = "
                    + sql_text(candidate)) == "0":
                day = candidate
                break
        if not day:
            raise BenchError("the CALL plans of the next 7 days are all made already")
        claimed_after = psql("contact_service", "select now()")
        admin = self.admin()
        try:
            say(f"daily plan: seeding {rows:,} generated cases (creditor BENCH-{run}) into contact-service's database")
            t0 = time.monotonic()
            psql("contact_service", file=LIB / "bench-daily-plan-seed.sql", variables={"run": run, "n": rows})
            seed_s = time.monotonic() - t0
            if baseline:
                say(f"daily plan baseline: {baseline} contact requests one at a time")
                self.measure(base, self._contact_requests, run, rows, baseline, day, admin)
            say(f"daily plan of {day}: every contactable case in one run")
            t0 = time.monotonic()
            report = Http(URL["contact-service"], admin, timeout=3600).expect(
                200, "POST", "/api/v1/daily-plans", {"day": day, "channel": "CALL"})
            plan_s = time.monotonic() - t0
        finally:
            say("daily plan: removing the generated rows")
            psql("contact_service", file=LIB / "bench-daily-plan-clean.sql", variables={"run": run})
            # this run's claim of the day: the scheduled job (and later runs) may still plan it; slots stay
            psql("contact_service", "delete from job_claim where job = 'daily-plan-CALL' and period = "
                 + sql_text(day) + " and claimed_at >= " + sql_text(claimed_after))
        row.value, row.unit = plan_s, "s"
        row.rate = report["considered"] / plan_s
        row.met = (row.value <= 60) if rows >= 1_000_000 else None
        row.details = {"seeded_cases": rows, "closed_cases_seeded": rows // 50, "seed_s": round(seed_s, 2),
                       "report": report}
        row.note = (f"{report['considered']:,} cases considered, {report['planned']:,} planned "
                    f"(server {report['durationMs'] / 1000:.1f} s; {row.rate:,.0f} cases/s); seeded in {seed_s:.1f} s, "
                    "not counted; the plan covers every open case in the database")
        if base is not None and base.value:
            row.note += f"; {row.rate / base.value:.1f}x the one-at-a-time baseline"
        if rows < 1_000_000:
            row.note += "; target applies at 1,000,000 cases"

    def _contact_requests(self, row, run, rows, baseline, day, admin):
        md5 = lambda s: str(uuid.UUID(hashlib.md5(s.encode()).hexdigest()))  # noqa: E731 - as the seed SQL derives them
        picked = []
        for i in range(1, rows + 1):
            d = i - i // 20
            if i % 37 == 0 or i % 101 == 0 or any(d % k == 0 for k in (33, 45, 60, 5, 97)):
                continue  # a case the plan would skip: the baseline schedules the same kind of work the plan does
            picked.append((md5(f"bench:{run}:case:{i}"), md5(f"bench:{run}:phone:{d}:1")))
            if len(picked) == baseline:
                break
        http_ = Http(URL["contact-service"], admin)
        t0 = time.monotonic()
        codes = {}
        for case_id, phone in picked:
            status, _ = http_.request("POST", "/api/v1/contact-requests", {
                "caseId": case_id, "channel": "CALL", "contactPointId": phone, "windowStart": f"{day}T00:00:00Z"})
            codes[status] = codes.get(status, 0) + 1
        elapsed = time.monotonic() - t0
        row.value = row.rate = len(picked) / elapsed
        row.unit = "cases/s"
        row.details = {"requests": len(picked), "seconds": round(elapsed, 2), "statuses": codes}
        row.note = f"{len(picked)} POST /api/v1/contact-requests, one after the other, in {elapsed:.1f} s"
        if set(codes) != {201}:
            row.failure = f"not every contact request answered 201: {codes}"

    # -- bulk import -------------------------------------------------------------------------------------------------

    def bulk_import(self, rows, baseline):
        row = self.row("import", f"bulk import of {rows:,} cases", "import")
        row.target = "≤ 30 s for 100,000 cases"
        base = self.row("import-baseline", "cases created one at a time (baseline)", "import") if baseline else None
        self.measure(row, self._bulk_import, rows, baseline, base)

    @staticmethod
    def _debtor(prefix, i):
        return {"fullName": f"Bench Debtor {i}", "nationalId": f"{prefix}-{i:07d}",
                "phones": [f"+86 139 {i // 10000:04d} {i % 10000:04d}"], "emails": [f"d{i}@example.org"],
                "timeZone": "Asia/Shanghai", "jurisdiction": "CN", "preferredLanguage": "zh-CN"}

    @staticmethod
    def _debt(i):
        return {"product": "CONSUMER_LOAN", "principal": f"{100 + i % 9000}.{i % 100:02d}", "interest": "12.00",
                "fees": "3.00", "currency": "CNY", "oldestUnpaidDate": days_from_today(-30 - i % 300)}

    def _bulk_import(self, row, rows, baseline, base):
        require_ready("case-service")
        admin, creditor = self.admin(), f"BENCH-{self.run}-I"
        path = self.work / "import.ndjson"
        with path.open("w") as out:
            for i in range(1, rows + 1):
                out.write(json.dumps({"creditorId": creditor, "externalRef": f"R-{i:07d}",
                                      **self._debtor(f"B{self.run}", i), **self._debt(i)}) + "\n")
        if baseline:
            say(f"import baseline: {baseline} cases created one request at a time")
            self.measure(base, self._one_by_one, baseline, admin)
        say(f"bulk import: {rows:,} rows in one request (creditor {creditor})")
        try:
            with path.open("rb") as body:
                t0 = time.monotonic()
                report = Http(URL["case-service"], admin, timeout=3600).expect(
                    200, "POST", "/api/v1/case-imports", raw=body, content_type="application/x-ndjson",
                    headers={"Content-Length": str(path.stat().st_size)})
                elapsed = time.monotonic() - t0
        finally:
            path.unlink(missing_ok=True)
        row.value, row.unit, row.rate = elapsed, "s", rows / elapsed
        row.met = (elapsed <= 30) if rows >= 100_000 else None
        row.details = {"creditor": creditor, "report": {k: v for k, v in report.items() if k != "errors"}}
        row.note = f"creditor {creditor}: {report['created']:,} created in {elapsed:.1f} s = {row.rate:,.0f} cases/s"
        if base is not None and base.value:
            row.note += f"; {row.rate / base.value:.1f}x the one-at-a-time baseline"
        if rows < 100_000:
            row.note += "; target applies at 100,000 cases"
        if report.get("created") != rows:
            row.failure = f"the import created {report.get('created')} of {rows} cases: {str(report)[:300]}"

    def _one_by_one(self, row, count, admin):
        http_ = Http(URL["case-service"], admin)
        codes = {}
        t0 = time.monotonic()
        for i in range(1, count + 1):
            status, _ = http_.request("POST", "/api/v1/cases", {
                "creditorId": f"BENCH-{self.run}-B", "externalRef": f"S-{i:07d}",
                "debtor": self._debtor(f"S{self.run}", i), "debts": [self._debt(i)]},
                {"Idempotency-Key": f"bench-{self.run}-single-{i}"})
            codes[status] = codes.get(status, 0) + 1
        elapsed = time.monotonic() - t0
        row.value = row.rate = count / elapsed
        row.unit = "cases/s"
        row.details = {"requests": count, "seconds": round(elapsed, 2), "statuses": codes}
        row.note = f"{count} POST /api/v1/cases, one after the other (creditor BENCH-{self.run}-B)"
        if set(codes) != {201}:
            row.failure = f"not every request answered 201: {codes}"

    # -- per service: startup and memory -----------------------------------------------------------------------------

    def running_pid(self, name):
        """The pid of the running instance: its pid file under BENCH_RUN_DIR (default .local/run), else the one
        process that runs the module's built jar."""
        module = SERVICES[name]["module"]
        pidfile = RUN_DIR / f"{name}.pid"
        if pidfile.exists():
            pid = pidfile.read_text().strip()
            try:
                if b"quarkus-run.jar" in Path(f"/proc/{pid}/cmdline").read_bytes():
                    return int(pid)
            except OSError:
                pass
        found = []
        for proc in Path("/proc").iterdir():
            if proc.name.isdigit() and int(proc.name) not in [c.pid for c in self.children]:
                try:
                    cmd = (proc / "cmdline").read_bytes().split(b"\0")
                except OSError:
                    continue
                if any(a.endswith(f"{module}/target/quarkus-app/quarkus-run.jar".encode()) for a in cmd):
                    found.append(int(proc.name))
        if len(found) == 1:
            return found[0]
        raise BenchError(f"no running {name} found ({pidfile} is missing or stale; set BENCH_RUN_DIR to the "
                         f".local/run of the checkout that started the suite)")

    def jar_of(self, name):
        """The jar the running instance was started from (the same build), else this checkout's."""
        try:
            pid = self.running_pid(name)
            args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            jar = next(a.decode() for a in args if a.endswith(b"quarkus-run.jar"))
            jar_path = Path(jar) if jar.startswith("/") else Path(os.readlink(f"/proc/{pid}/cwd")) / jar
            if jar_path.exists():
                return jar_path
        except (BenchError, OSError, StopIteration):
            pass
        own = ROOT / SERVICES[name]["module"] / "target" / "quarkus-app" / "quarkus-run.jar"
        if not own.exists():
            raise BenchError(f"no built jar of {name} ({own}; build with ./mvnw -DskipTests install)")
        return own

    def startup(self, starts):
        offset = int(os.environ.get("BENCH_STARTUP_PORT_OFFSET", "20000"))
        for name in SERVICES:
            row = self.row(f"startup-{name}", f"startup to ready: {name}", "startup")
            row.target = "≤ 1.5 s"
            self.measure(row, self._startup, name, starts, offset)

    def _startup(self, row, name, starts, offset):
        s = SERVICES[name]
        port, mport, https_port = s["port"] + offset, s["mport"] + offset, 8443 + offset
        busy = [p for p in (port, mport) + ((https_port,) if name == "gateway" else ()) if not port_free(p)]
        if busy:
            raise BenchError(f"ports {busy} are in use (BENCH_STARTUP_PORT_OFFSET moves them)")
        jar = self.jar_of(name)
        if name == "gateway":
            subprocess.run([str(ROOT / "bin" / "dev-pki")], check=True)
        script = ('source "$REPO_ROOT/bin/lib/services.sh"; svc_env "$@"; svc_java_args "$1" "$REPO_ROOT/.local/pki"; '
                  'printf "%s\\0" "${SVC_ENV[@]}"; printf "\\1\\0"; printf "%s\\0" "${SVC_JAVA_ARGS[@]}"')
        r = subprocess.run(["bash", "-c", script, "bench", name, str(port), str(mport), s["db"], str(PG_PORT),
                            str(ROOT / "dev-keys")], capture_output=True, env={**os.environ, "REPO_ROOT": str(ROOT)})
        if r.returncode:
            raise BenchError(f"svc_env: {r.stderr.decode().strip()}")
        words = r.stdout.decode().split("\0")[:-1]
        env_words, java_args = words[:words.index("\1")], words[words.index("\1") + 1:]
        env = dict(os.environ)
        env.update(w.split("=", 1) for w in env_words)
        if name == "gateway":
            env["GATEWAY_HTTPS_PORT"] = str(https_port)
        ready_s, started_s = [], []
        for n in range(starts):
            self.free_connections(10, "a second instance")
            log = self.work / f"startup-{name}-{n + 1}.log"
            say(f"startup: {name}, start {n + 1} of {starts} (ports {port}/{mport})")
            with log.open("w") as out:
                t0 = time.monotonic()
                proc = subprocess.Popen(["java", *java_args, "-jar", str(jar)], env=env, stdout=out,
                                        stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
                self.children.append(proc)
                try:
                    elapsed = None
                    while time.monotonic() - t0 < 180:
                        if proc.poll() is not None:
                            raise BenchError(f"{name} exited ({proc.returncode}) before it was ready; log {log}")
                        try:
                            c = http.client.HTTPConnection("127.0.0.1", mport, timeout=1)
                            c.request("GET", "/q/health/ready")
                            if c.getresponse().status == 200:
                                elapsed = time.monotonic() - t0
                                break
                        except OSError:
                            pass
                        time.sleep(0.025)
                    if elapsed is None:
                        raise BenchError(f"{name} was not ready after 180 s; log {log}")
                    ready_s.append(elapsed)
                    started = None
                    for _ in range(100):
                        m = re.search(r"started in ([\d.]+)s", log.read_text(errors="replace"))
                        if m:
                            started = float(m.group(1))
                            break
                        time.sleep(0.02)
                    if started is not None:
                        started_s.append(started)
                    if NO_SLOTS.search(log.read_text(errors="replace")):
                        raise BenchError(f"PostgreSQL ran out of connections while {name} started (log {log}): "
                                         "the time is not comparable")
                finally:
                    stop(proc)
                    self.children.remove(proc)
        row.value, row.unit = statistics.median(ready_s), "s"
        row.met = row.value <= 1.5
        row.details = {"jar": str(jar), "ready_s": [round(x, 3) for x in ready_s],
                       "quarkus_started_in_s": started_s, "ports": [port, mport]}
        row.note = (f"exec to /q/health/ready 200, median of {starts}: " + ", ".join(f"{x:.2f}" for x in ready_s)
                    + " s; Quarkus logged started in " + (", ".join(f"{x:.2f}" for x in started_s) or "?") + " s")

    def memory(self):
        for name in SERVICES:
            row = self.row(f"rss-{name}", f"resident memory after load: {name}", "memory")
            row.target = "≤ 300 MiB"
            self.measure(row, self._rss, name)

    def _rss(self, row, name):
        pid = self.running_pid(name)
        status = Path(f"/proc/{pid}/status").read_text()
        field = lambda key: int(re.search(rf"^{key}:\s+(\d+) kB", status, re.M).group(1))  # noqa: E731
        row.value, row.unit = field("VmRSS") / 1024, "MiB"
        row.met = row.value <= 300
        row.details = {"pid": pid, "vm_rss_kib": field("VmRSS"), "vm_hwm_kib": field("VmHWM")}
        row.note = f"VmRSS of pid {pid} ({RUN_DIR}); peak (VmHWM) {field('VmHWM') / 1024:,.0f} MiB"

    # -- ratios, table, files ----------------------------------------------------------------------------------------

    def finish(self, mode):
        bases = {key: self.find(key) for key, _ in BASELINES}
        for row in self.rows:
            for key, _ in BASELINES:
                b = bases[key]
                if row.rate and b is not None and b.rate:
                    row.ratios[key] = row.rate / b.rate
            target_ratio = {"get-direct": ("pgbench-select", 0.40), "get-gateway": ("pgbench-select", 0.30),
                            "post-case": ("pgbench-insert", 0.20), "decision": ("pgbench-select", 0.30)}.get(row.key)
            if target_ratio and target_ratio[0] in row.ratios:
                row.met = row.ratios[target_ratio[0]] >= target_ratio[1]
        machine = machine_info()
        machine["load_average_at_start"] = self.load_at_start
        finished = datetime.datetime.now(datetime.timezone.utc)
        failures = [f"{r.label}: {r.failure}" for r in self.rows if r.failure]
        doc = {"run": self.run, "mode": mode, "smoke": self.args.smoke,
               "started": self.started.isoformat(timespec="seconds"),
               "finished": finished.isoformat(timespec="seconds"),
               "machine": machine, "settings": self.settings(mode), "rows": [r.as_json() for r in self.rows],
               "ok": not failures, "failures": failures}
        table = self.table()
        print()
        print(table)
        notes = [f"  {r.label}: {r.note}" for r in self.rows if r.note]
        print("\n".join(notes))
        print(f"\n  ratios: the row's rate (req/s, or cases/s of a batch) divided by the baseline's; machine: "
              f"{machine['cores']} cores, {machine['memory_mib']:,} MiB, PostgreSQL {machine['postgresql']}, "
              f"Java {machine['java']}")
        stem = "bench" if mode == "all" else f"bench-{mode}"
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        (OUT_DIR / f"{stem}.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n")
        (OUT_DIR / f"{stem}.md").write_text(self.markdown(doc))
        print(f"\n  written: target/bench/{stem}.json, target/bench/{stem}.md")
        if failures:
            print("\nFAILED:\n" + "\n".join(f"  {f}" for f in failures))
            print(f"  (wrk, pgbench and startup logs kept in {self.work.relative_to(ROOT)})")
        else:
            shutil.rmtree(self.work, ignore_errors=True)
        return not failures

    def settings(self, mode):
        a = self.args
        return {"duration_s": a.duration, "warmup_s": a.warmup, "wrk": f"-t{THREADS} -c{CONNECTIONS} --timeout 10s",
                "pgbench": f"-c {CONNECTIONS} -j {THREADS} -T {a.duration}, scale {PGBENCH_SCALE}",
                "cases": a.cases, "plans": a.plans, "collectors": a.collectors, "plan_rows": a.plan_rows,
                "import_rows": a.import_rows, "starts": a.starts, "skipped": sorted(a.skip),
                "run_dir": str(RUN_DIR), "creditors": f"BENCH-{self.run}[-S|-I|-W|-B]; daily plan BENCH-{self.run}-DP "
                                                      "(removed)"}

    def cells(self, row):
        def ms(x):
            return "-" if x is None else f"{x:,.2f}"
        ratios = [pct(row.ratios[k]) if k in row.ratios and row.key != k else
                  ("=" if row.key == k else "-") for k, _ in BASELINES]
        return [row.label, row.result(), ms(row.p50), ms(row.p99), *ratios, row.target or "-", row.met_text()]

    def table(self):
        head = ["row", "result", "p50 ms", "p99 ms", *[h for _, h in BASELINES], "target", "met"]
        body = [self.cells(r) for r in self.rows]
        widths = [max(len(str(c[i])) for c in [head] + body) for i in range(len(head))]
        left = {0, 7}

        def line(cells):
            return "  ".join(str(c).ljust(w) if i in left else str(c).rjust(w)
                             for i, (c, w) in enumerate(zip(cells, widths)))
        return "\n".join([line(head), "  ".join("-" * w for w in widths)] + [line(c) for c in body])

    def markdown(self, doc):
        m, s = doc["machine"], doc["settings"]
        head = ["row", "result", "p50 ms", "p99 ms", *[h for _, h in BASELINES], "target", "met"]
        out = [f"# bin/bench {doc['mode']}{' --smoke' if doc['smoke'] else ''} — {doc['started']}", "",
               f"Machine: {m['cores']} cores ({m['cpu']}), {m['memory_mib']:,} MiB memory, load average "
               f"{m['load_average_at_start']} at the start and {m['load_average']} at the end; "
               f"PostgreSQL {m['postgresql']}; Java {m['java']}; {m['os']}; commit {m['commit']}.", "",
               f"Load: wrk {s['wrk']}, {s['duration_s']} s per row after a {s['warmup_s']} s warm-up; "
               f"pgbench {s['pgbench']}.",
               "Ratios: the row's rate (req/s, or cases/s of a batch) divided by the baseline's rate, same run.", "",
               "| " + " | ".join(head) + " |",
               "|" + "|".join("---" if i in (0, 7, 8) else "---:" for i in range(len(head))) + "|"]
        for r in self.rows:
            out.append("| " + " | ".join(str(c).replace("|", "\\|") for c in self.cells(r)) + " |")
        out += ["", "Notes:", ""] + [f"- **{r.label}**: {r.note}" for r in self.rows if r.note]
        if doc["failures"]:
            out += ["", "**Failed:**", ""] + [f"- {f}" for f in doc["failures"]]
        return "\n".join(out) + "\n"


def days_from_today(days):
    """A UTC date, ISO formatted, this many days from today."""
    return (datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=days)).isoformat()


def pct(ratio):
    return f"{100 * ratio:,.0f} %" if ratio >= 0.095 else f"{100 * ratio:.1f} %"


def percentile(sorted_values, p):
    k = max(0, min(len(sorted_values) - 1, round(p / 100 * (len(sorted_values) - 1))))
    return sorted_values[k]


def stop(proc):
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def machine_info():
    def run(cmd):
        try:
            r = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
            return (r.stdout + r.stderr).strip()
        except (OSError, subprocess.TimeoutExpired):
            return ""
    mem = re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())
    cpu = re.search(r"model name\s*:\s*(.*)", Path("/proc/cpuinfo").read_text())
    java = re.search(r'version "([^"]+)"', run(["java", "-version"]))
    try:
        pg = psql("postgres", "show server_version")
    except BenchError:
        pg = "?"
    return {"cores": os.cpu_count(), "cpu": cpu.group(1).strip() if cpu else "?",
            "memory_mib": int(mem.group(1)) // 1024 if mem else 0, "postgresql": pg,
            "java": java.group(1) if java else "?", "os": platform.platform(terse=True),
            "load_average": " ".join(f"{x:.2f}" for x in os.getloadavg()),
            "commit": run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"]) or "?",
            "wrk": WRK, "pgbench": PGBENCH}


def parse(argv):
    p = argparse.ArgumentParser(prog="bin/bench", description="Benchmarks against the running suite (bin/local-up).")
    p.add_argument("mode", nargs="?", default="all", choices=["all", "import", "daily-plan", "gateway"])
    p.add_argument("--smoke", action="store_true", help="every row with tiny sizes, ~2 s per load run")
    p.add_argument("--duration", type=int, help="seconds per wrk and pgbench run (default DURATION or 15; smoke 2)")
    p.add_argument("--warmup", type=int, help="seconds of unmeasured load before each wrk run (default 5; smoke 1)")
    p.add_argument("--rows", type=int, help="import / daily-plan: cases (default 100,000 / 1,000,000)")
    p.add_argument("--baseline", type=int, help="import / daily-plan: requests one at a time (default 300 / 1,000)")
    p.add_argument("--plan-rows", type=int, help="all: cases of the daily plan (default 1,000,000; smoke 3,000)")
    p.add_argument("--import-rows", type=int, help="all: cases of the bulk import (default 100,000; smoke 500)")
    p.add_argument("--starts", type=int, help="starts per service for the startup time (default 3; smoke 1)")
    p.add_argument("--cases", type=int, help="cases the load rows read and decide on (default 200; smoke 20)")
    p.add_argument("--plans", type=int, help="plans the payments go to (default 32; smoke 4)")
    p.add_argument("--collectors", type=int, help="collector tokens of the mixed workload (default 128; smoke 32)")
    p.add_argument("--skip", default="", help="comma-separated groups to leave out: " + ", ".join(GROUPS))
    a = p.parse_args(argv)
    smoke = a.smoke
    defaults = {"duration": 2 if smoke else int(os.environ.get("DURATION", "15")), "warmup": 1 if smoke else 5,
                "plan_rows": 3000 if smoke else 1_000_000, "import_rows": 500 if smoke else 100_000,
                "starts": 1 if smoke else 3, "cases": 20 if smoke else 200, "plans": 4 if smoke else 32,
                "collectors": 32 if smoke else 128}
    for key, value in defaults.items():
        if getattr(a, key) is None:
            setattr(a, key, value)
    a.skip = {g.strip() for g in a.skip.split(",") if g.strip()}
    unknown = a.skip - set(GROUPS)
    if unknown:
        p.error(f"unknown groups to skip: {', '.join(sorted(unknown))} (known: {', '.join(GROUPS)})")
    return a


def main(argv):
    args = parse(argv)
    bench = Bench(args)

    def interrupted(signum, _frame):
        raise KeyboardInterrupt(f"signal {signum}")
    signal.signal(signal.SIGTERM, interrupted)
    try:
        if args.mode == "import":
            bench.bulk_import(args.rows or 100_000, 300 if args.baseline is None else args.baseline)
        elif args.mode == "daily-plan":
            bench.daily_plan(args.rows or 1_000_000, 1000 if args.baseline is None else args.baseline)
        elif args.mode == "gateway":
            args.plans = args.collectors = 0
            bench.gets(rounds=2)
        else:
            down = [name for name in SERVICES if not ready(name)]
            if down:
                say(f"not ready: {', '.join(down)}: start the suite with bin/local-up (or skip what needs them)")
                if len(down) == len(SERVICES):
                    shutil.rmtree(bench.work, ignore_errors=True)
                    return 1
            say(f"run {bench.run}: wrk -t{THREADS} -c{CONNECTIONS}, {args.duration} s per row after {args.warmup} s "
                f"warm-up{' (smoke)' if args.smoke else ''}")
            if bench.wanted("baselines"):
                bench.baselines()             # first: pgbench needs 16 free connections, before the pools grow
            if bench.wanted("startup"):
                bench.startup(args.starts)    # while the machine is quiet
            for group, step in (("get", lambda: bench.gets(rounds=1)), ("post", bench.post_case),
                                ("decision", bench.decision), ("payment", bench.payment), ("mixed", bench.mixed),
                                ("daily-plan", lambda: bench.daily_plan(args.plan_rows, 0)),
                                ("import", lambda: bench.bulk_import(args.import_rows, 0)),
                                ("memory", bench.memory)):
                if bench.wanted(group):
                    try:
                        step()
                    except (BenchError, OSError, http.client.HTTPException) as e:
                        bench.row(f"{group}-error", group, group).failure = str(e)
                        say(f"FAILED {group}: {e}")
    except KeyboardInterrupt:
        say("interrupted")
        for proc in list(bench.children):
            stop(proc)
        return 130
    finally:
        for proc in list(bench.children):
            stop(proc)
    return 0 if bench.finish(args.mode) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
