#!/usr/bin/env python3
"""The soak of bin/soak (run it through bin/soak, which finds PostgreSQL first): a long run of mixed collector load
through the gateway while services are restarted and the database connections are cut, then checks that nothing was
lost or doubled and that no service leaks memory.

  load        about RATE requests/s through the gateway with collector tokens: 60 % GET case by id, 10 % case list,
              20 % contact decisions, 5 % new cases, 5 % payments towards a plan. Every write carries an
              Idempotency-Key; a write without a definite answer (no answer, 5xx, 429) is sent again with the same key
              until it gets one. Every request is recorded (time, operation, status, latency).
  restarts    every RESTART_EVERY one service in turn (case-service, contact-service, plan-service, gateway): SIGTERM,
              wait for the exit, bin/local-up starts it again and waits until it is ready. Once, at CUT_DB_AT, every
              connection to the services' databases is terminated. Each is a window: from the stop (or the cut) until
              the service is ready and the gateway serves it again, plus a grace; errors inside windows are reported,
              not failed.
  memory      every 15 s each service's VmRSS and heap (Micrometer, management port); every GC_EVERY, and before a
              service is stopped, a full collection (jcmd <pid> GC.run) and the heap left after it. A service's longest
              stretch without a restart, from its warm-up on, is its leak check.
  afterwards  the outbox drains (every delivery DELIVERED), then: every case answered 2xx exists exactly once, every
              payment answered 2xx is in plan-service exactly once and each plan's case balance reflects exactly
              those, every contact decision answered 2xx is kept exactly once, every event delivered reached its
              subscriber's inbox.

Python 3 standard library only; reuses bin/lib/bench.py (HTTP client, tokens, psql, seeding, percentiles).
"""

import argparse
import collections
import concurrent.futures
import datetime
import http.client
import json
import os
import queue
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench as B  # noqa: E402 - bin/lib is on the path only now

ROOT = B.ROOT
OUT_DIR = ROOT / "target" / "soak"
ROTATION = ["case-service", "contact-service", "plan-service", "gateway"]
# op: (share of the load in %, the service that answers it behind the gateway)
MIX = {"get-case": (60, "case-service"), "list-cases": (10, "case-service"),
       "decision": (20, "contact-service"), "create-case": (5, "case-service"), "payment": (5, "plan-service")}
WRITES = {"create-case", "payment"}
SAMPLE_EVERY_S = 15
RETRY_GIVE_UP_S = 600            # a write still without a definite answer after this is reported as unresolved
LOG_DIR = ROOT / ".local" / "logs"
LOG_LINE = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(\d{3}) +(ERROR|WARN) +(?:traceId=\S* spanId=\S* )?"
                      r"\[([^\]]+)\] \([^)]*\) (.*)$")
NUMBERS = re.compile(r"[0-9a-f]{8}-[0-9a-f-]{27}|\d+")     # ids and numbers, so that like messages group together
SUBSCRIBER_DB = {"case": "case_service", "contact": "contact_service", "plan": "plan_service", "gateway": "gateway"}


class SoakError(Exception):
    pass


def say(message):
    stamp = datetime.datetime.now().strftime("%H:%M:%S")
    print(f"[soak {stamp}] {message}", file=sys.stderr, flush=True)


def seconds(text):
    """'30m', '90s', '1h', '1h30m', '45' (seconds) -> seconds."""
    text = str(text).strip().lower()
    if re.fullmatch(r"\d+(\.\d+)?", text):
        return float(text)
    parts = re.findall(r"(\d+(?:\.\d+)?)([hms])", text)
    if not parts or "".join(n + u for n, u in parts) != text:
        raise argparse.ArgumentTypeError(f"not a duration: {text!r} (e.g. 30m, 90s, 1h, 1h30m)")
    return sum(float(n) * {"h": 3600, "m": 60, "s": 1}[u] for n, u in parts)


def clock(t):
    """Seconds since the start of the load as m:ss."""
    return f"{int(t // 60)}:{int(t % 60):02d}"


def mib(b):
    return None if b is None else b / (1 << 20)


# --------------------------------------------------------------------------------------------------------------------
# Records

class Recorder:
    """Every request: start and end (s since the load started), op, status (0: no answer), latency, attempt, and an
    error text for failures."""

    def __init__(self, t0):
        self.t0 = t0
        self.rows = []
        self.lock = threading.Lock()
        self.skipped = []       # when a slot was not sent because every worker was busy (the generator fell behind)

    def now(self):
        return time.monotonic() - self.t0

    def add(self, start, end, op, status, attempt, error=None, trace=None):
        with self.lock:
            self.rows.append((start, end, op, status, (end - start) * 1000, attempt, error, trace))


class Answer:
    def __init__(self, status, payload, headers, error=None):
        self.status, self.payload, self.headers, self.error = status, payload, headers, error

    @property
    def ok(self):
        return 200 <= self.status < 300

    @property
    def definite(self):
        """A write with this answer must not be sent again: it was done (2xx) or refused for good (4xx)."""
        return 200 <= self.status < 500 and self.status not in (408, 429)


def send(client, rec, op, method, path, token, body=None, headers=None, attempt=1):
    # a trace of its own per request (W3C traceparent, continued by the gateway and the services): a log line that
    # names the trace id is matched with the request
    trace = os.urandom(16).hex()
    h = {"Authorization": f"Bearer {token}", "traceparent": f"00-{trace}-{os.urandom(8).hex()}-01"}
    h.update(headers or {})
    start = rec.now()
    try:
        status, payload = client.request(method, path, body, h)
        answer = Answer(status, payload, client.headers)
        if not answer.ok:
            answer.error = (str(payload)[:300] if payload else "")
    except (OSError, http.client.HTTPException) as e:
        client.close()
        client.conn = None
        kind = "timeout" if isinstance(e, (socket.timeout, TimeoutError)) else type(e).__name__
        answer = Answer(0, None, {}, f"{kind}: {e}"[:300])
    rec.add(start, rec.now(), op, answer.status, attempt, answer.error, trace)
    return answer


# --------------------------------------------------------------------------------------------------------------------
# The load

class Load:
    def __init__(self, soak):
        self.s = soak
        self.rec = soak.rec
        self.queue = queue.Queue()
        self.stop = threading.Event()
        self.counter = 0
        self.counter_lock = threading.Lock()
        self.created = {}            # externalRef -> case id (2xx answers)
        self.create_sent = {}        # externalRef -> final status (or None while unresolved)
        self.payments = {}           # payerReference -> (plan id, amount, payment id)
        self.payment_sent = {}       # payerReference -> final status
        self.decisions = set()       # decision ids answered 2xx
        self.decisions_unanswered = 0
        self.created_ids = []        # case ids to read, as they are created
        self.retried = collections.Counter()   # op -> writes that needed more than one attempt
        self.replayed = collections.Counter()  # op -> answers marked Idempotent-Replayed
        self.retries = concurrent.futures.ThreadPoolExecutor(16, thread_name_prefix="soak-retry")
        self.pending_retries = set()
        self.workers = []
        self.ops, self.weights = list(MIX), [share for share, _ in MIX.values()]

    def next_n(self):
        with self.counter_lock:
            self.counter += 1
            return self.counter

    def start(self, workers):
        for i in range(workers):
            t = threading.Thread(target=self.worker, name=f"soak-worker-{i}", daemon=True)
            t.start()
            self.workers.append(t)
        threading.Thread(target=self.pace, name="soak-pace", daemon=True).start()

    def pace(self):
        """Open loop: one slot every 1/rate s; a slot more than a second late is skipped (counted), so that a stall
        never turns into a burst."""
        interval = 1.0 / self.s.args.rate
        nxt = time.monotonic()
        while not self.stop.is_set():
            nxt += interval
            delay = nxt - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            elif delay < -1.0:
                self.rec.skipped.append(self.rec.now())
                continue
            if self.queue.qsize() > len(self.workers):
                self.rec.skipped.append(self.rec.now())
                continue
            self.queue.put(random.choices(self.ops, self.weights)[0])

    def worker(self):
        client = B.Http(B.URL["gateway"], timeout=self.s.args.timeout, retry_stale=False)
        while not self.stop.is_set():
            try:
                op = self.queue.get(timeout=0.5)
            except queue.Empty:
                continue
            try:
                getattr(self, op.replace("-", "_"))(client)
            except Exception as e:  # noqa: BLE001 - a bug in the generator must not stop the soak silently
                say(f"load generator error in {op}: {type(e).__name__}: {e}")

    def finish(self, wait_s):
        """Stops the load; waits for the requests in flight and for every write being retried."""
        self.stop.set()
        for t in self.workers:
            t.join(self.s.args.timeout + 5)
        deadline = time.monotonic() + wait_s
        while self.pending_retries and time.monotonic() < deadline:
            time.sleep(0.5)
        self.retries.shutdown(wait=False, cancel_futures=True)

    def collector(self):
        return random.choice(self.s.collectors)

    # -- reads ---------------------------------------------------------------------------------------------------

    def get_case(self, client):
        pool = self.s.case_ids if not self.created_ids or random.random() < 0.5 else self.created_ids
        send(client, self.rec, "get-case", "GET", f"/api/v1/cases/{random.choice(pool)}", self.collector())

    def list_cases(self, client):
        creditor = self.s.seed_creditor if not self.created or random.random() < 0.5 else self.s.creditor
        send(client, self.rec, "list-cases", "GET", f"/api/v1/cases?creditorId={creditor}&limit=20", self.collector())

    def decision(self, client):
        a = send(client, self.rec, "decision", "POST", "/api/v1/contact-decisions", self.collector(),
                 {"caseId": random.choice(self.s.case_ids), "channel": "CALL"})
        if a.ok and isinstance(a.payload, dict) and a.payload.get("decisionId"):
            self.decisions.add(a.payload["decisionId"])
        elif not a.ok and not 400 <= a.status < 500:
            self.decisions_unanswered += 1   # may or may not have been kept: bounds the decisions kept unanswered

    # -- writes --------------------------------------------------------------------------------------------------

    def create_case(self, client):
        n = self.next_n()
        ref = f"{self.s.creditor}-{n}"
        j, tz, cur = random.choice([("CN", "Asia/Shanghai", "CNY"), ("US", "America/New_York", "USD"),
                                    ("UK", "Europe/London", "GBP")])
        body = {"creditorId": self.s.creditor, "externalRef": ref,
                "debtor": {"fullName": f"Soak Debtor {n}", "nationalId": f"SK{self.s.run}-{n:07d}",
                           "phones": [f"+86 138 {n // 10000 % 10000:04d} {n % 10000:04d}"],
                           "emails": [f"soak{n}@example.org"], "timeZone": tz, "jurisdiction": j},
                "debts": [{"product": "CREDIT_CARD", "principal": f"{200 + n % 5000}.00", "currency": cur,
                           "oldestUnpaidDate": B.days_from_today(-35 - n % 200)}]}
        self.create_sent[ref] = None
        self.write(client, "create-case", "POST", "/api/v1/cases", body, f"soak-{self.s.run}-case-{n}",
                   self.collector(), lambda a: self.created_answer(ref, a))

    def created_answer(self, ref, a):
        self.create_sent[ref] = a.status
        if a.ok and isinstance(a.payload, dict):
            self.created[ref] = a.payload.get("id")
            self.created_ids.append(a.payload.get("id"))

    def payment(self, client):
        n = self.next_n()
        plan_id, currency = random.choice(self.s.plans)
        payer = f"{self.s.creditor}-PAY-{n}"
        amount = f"{random.randint(1, 5000) / 100:.2f}"
        self.payment_sent[payer] = None
        self.write(client, "payment", "POST", f"/api/v1/plans/{plan_id}/payments",
                   {"amount": amount, "currency": currency, "payerReference": payer},
                   f"soak-{self.s.run}-pay-{n}", self.collector(), lambda a: self.paid_answer(payer, plan_id, amount, a))

    def paid_answer(self, payer, plan_id, amount, a):
        self.payment_sent[payer] = a.status
        if a.ok and isinstance(a.payload, dict):
            self.payments[payer] = (plan_id, amount, a.payload.get("id"))

    def write(self, client, op, method, path, body, key, token, done):
        a = send(client, self.rec, op, method, path, token, body, {"Idempotency-Key": key})
        if a.definite:
            self.settle(op, a, done)
            return
        self.retried[op] += 1
        self.pending_retries.add(key)
        self.retries.submit(self.retry, op, method, path, body, key, token, done, a)

    def retry(self, op, method, path, body, key, token, done, last):
        """Sends the write again with the same Idempotency-Key (and the same token: keys belong to their subject)
        until it gets a definite answer."""
        client = B.Http(B.URL["gateway"], timeout=self.s.args.timeout, retry_stale=False)
        first, attempt, pause = time.monotonic(), 1, 0.5
        try:
            while not last.definite:
                if time.monotonic() - first > RETRY_GIVE_UP_S:
                    say(f"{op} {key}: no definite answer after {RETRY_GIVE_UP_S} s (last: {last.status} {last.error})")
                    return
                time.sleep(pause)
                pause = min(pause * 2, 4.0)
                attempt += 1
                last = send(client, self.rec, op, method, path, token, body, {"Idempotency-Key": key}, attempt)
            self.settle(op, last, done)
        finally:
            client.close()
            self.pending_retries.discard(key)

    def settle(self, op, a, done):
        if a.headers.get("idempotent-replayed") == "true":
            self.replayed[op] += 1
        done(a)


# --------------------------------------------------------------------------------------------------------------------
# The suite: pids, memory, restarts, the database cut

def pid_of(name):
    pidfile = B.RUN_DIR / f"{name}.pid"
    try:
        pid = int(pidfile.read_text().strip())
        if b"quarkus-run.jar" in Path(f"/proc/{pid}/cmdline").read_bytes():
            return pid
    except (OSError, ValueError):
        pass
    return None


def proc_status(pid):
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None, None
    field = lambda key: int(re.search(rf"^{key}:\s+(\d+) kB", text, re.M).group(1)) * 1024  # noqa: E731
    return field("VmRSS"), field("VmHWM")


def metrics(name):
    """Heap used, live heap after the last major collection, metaspace (bytes) from the management port."""
    try:
        c = http.client.HTTPConnection("localhost", B.SERVICES[name]["mport"], timeout=5)
        c.request("GET", "/q/metrics")
        text = c.getresponse().read().decode()
        c.close()
    except (OSError, http.client.HTTPException):
        return None, None, None

    def total(pattern):
        values = [float(v) for v in re.findall(pattern, text, re.M)]
        return sum(values) if values else None
    return (total(r'^jvm_memory_used_bytes\{area="heap",[^}]*\} (\S+)$'),
            total(r"^jvm_gc_live_data_size_bytes(?:\{[^}]*\})? (\S+)$"),
            total(r'^jvm_memory_used_bytes\{area="nonheap",id="Metaspace"\} (\S+)$'))


class Memory:
    def __init__(self, soak):
        self.s = soak
        self.samples = []       # (t, name, pid, rss, hwm, heap, live, metaspace)
        self.after_gc = []      # (t, name, pid, live after a forced full collection, rss, label)
        self.connections = []   # (t, {service database: client connections}, client connections of the whole server)
        self.stop = threading.Event()
        self.jcmd = shutil.which("jcmd")
        self.lock = threading.Lock()

    def start(self):
        threading.Thread(target=self.loop, name="soak-memory", daemon=True).start()

    def loop(self):
        while not self.stop.is_set():
            self.sample()
            self.stop.wait(SAMPLE_EVERY_S)

    def sample(self):
        t = self.s.rec.now()
        try:
            rows = B.psql("postgres", "select coalesce(datname, '-'), count(*) from pg_stat_activity "
                                      "where backend_type = 'client backend' group by 1")
            per_db = {line.split("|")[0]: int(line.split("|")[1]) for line in rows.splitlines() if line}
            self.connections.append((t, {d: per_db.get(d, 0) for d in self.s.dbs}, sum(per_db.values())))
        except B.BenchError:
            pass
        for name in B.SERVICES:
            pid = pid_of(name)
            if pid is None:
                continue
            rss, hwm = proc_status(pid)
            heap, live, meta = metrics(name)
            if rss is not None:
                self.samples.append((t, name, pid, rss, hwm, heap, live, meta))

    def full_gc(self, names, label):
        """A full collection in each service and the heap left after it (jvm_gc_live_data_size_bytes: the old
        generation after the collection, which the serial collector compacts everything into)."""
        with self.lock:
            for name in names:
                pid = pid_of(name)
                if pid is None or not self.jcmd:
                    continue
                try:
                    r = subprocess.run([self.jcmd, str(pid), "GC.run"], capture_output=True, text=True, timeout=120)
                except subprocess.TimeoutExpired:
                    say(f"jcmd {pid} GC.run ({name}) did not return in 120 s")
                    continue
                if r.returncode:
                    say(f"jcmd {pid} GC.run ({name}) failed: {(r.stderr or r.stdout).strip()[-200:]}")
                    continue
                _, live, _ = metrics(name)
                rss, _ = proc_status(pid)
                if live is not None:
                    self.after_gc.append((self.s.rec.now(), name, pid, live, rss, label))


def terminate_db_connections(dbs):
    names = ", ".join(B.sql_text(d) for d in dbs)
    out = B.psql("postgres", f"select datname, count(*) from (select datname, pg_terminate_backend(pid) ok "
                             f"from pg_stat_activity where datname in ({names}) and pid <> pg_backend_pid()) t "
                             f"where ok group by 1 order by 1")
    return {line.split("|")[0]: int(line.split("|")[1]) for line in out.splitlines() if line}


def db_connections(dbs):
    names = ", ".join(B.sql_text(d) for d in dbs)
    out = B.psql("postgres", f"select datname, count(*) from pg_stat_activity where datname in ({names}) group by 1")
    return {line.split("|")[0]: int(line.split("|")[1]) for line in out.splitlines() if line}


# --------------------------------------------------------------------------------------------------------------------
# The soak

class Soak:
    def __init__(self, args):
        self.args = args
        self.run = str(int(time.time()))
        self.work = OUT_DIR / f"run-{self.run}"
        self.work.mkdir(parents=True, exist_ok=True)
        self.creditor = f"SOAK-{self.run}"
        self.seed_creditor = f"SOAK-{self.run}-S"
        self.windows = []        # dicts: kind, service, start, end, ...
        self.events = []         # what happened, for the report
        self.failures = []
        self.started = datetime.datetime.now(datetime.timezone.utc)
        self.load_at_start = " ".join(f"{x:.2f}" for x in os.getloadavg())
        self.rec = None
        self.dbs = [s["db"] for s in B.SERVICES.values() if s["db"] != "-"]

    # -- before ------------------------------------------------------------------------------------------------------

    def preflight(self):
        down = [n for n in B.SERVICES if not B.ready(n)]
        if down:
            raise SoakError(f"not ready: {', '.join(down)}. Start the suite first: bin/local-up")
        missing = [n for n in B.SERVICES if pid_of(n) is None]
        if missing:
            raise SoakError(f"no pid file of a running {', '.join(missing)} under {B.RUN_DIR}: bin/soak restarts and "
                            "measures the services bin/local-up of this checkout started (bin/local-down, then "
                            "bin/local-up here)")
        if self.args.restart_every > 0 and B.RUN_DIR.resolve() != (ROOT / ".local" / "run").resolve():
            raise SoakError(f"restarts use bin/local-up of {ROOT}, whose pid files are in .local/run, not {B.RUN_DIR}")
        self.max_connections = int(B.psql("postgres", "show max_connections"))
        if not shutil.which("jcmd"):
            say("jcmd not found: no forced full collections; the leak check uses the heap after the last major "
                "collection the service made by itself")

    def seed(self):
        a = self.args
        say(f"run {self.run}: preparing {a.cases} cases and {a.plans} plans (creditor {self.seed_creditor}) and "
            f"{a.collectors} collector tokens")
        b = B.Bench(argparse.Namespace(), work=self.work, creditor_prefix="SOAK")
        b.run = self.run
        try:
            files = b.prepare(a.cases, a.plans, 0)
        except B.BenchError as e:
            raise SoakError(f"preparation failed: {e}") from e
        self.case_ids = files["cases"].read_text().split()
        self.plans = [tuple(line.split()) for line in files["plans"].read_text().splitlines() if line]
        ttl = int(min(86400, a.duration + 2 * 3600))
        with concurrent.futures.ThreadPoolExecutor(8) as pool:
            self.collectors = list(pool.map(lambda i: B.token("collector", f"soak-collector-{i:03d}", ttl),
                                            range(a.collectors)))
        self.admin = b.admin()

    # -- during ------------------------------------------------------------------------------------------------------

    def plan(self):
        a = self.args
        events = []
        if a.restart_every > 0:
            k = 1
            while k * a.restart_every <= a.duration - a.restart_every / 2:
                events.append((k * a.restart_every, "restart", ROTATION[(k - 1) % len(ROTATION)]))
                k += 1
        if a.cut_db_at is not None:
            events.append((a.cut_db_at, "cut-db", None))
        t = a.warm_up
        while t < a.duration - 5:
            events.append((t, "gc", None))
            t += a.gc_every
        return sorted(events, key=lambda e: (e[0], e[1] != "gc"))

    def execute(self):
        a = self.args
        self.rec = Recorder(time.monotonic())
        self.wall0 = time.time()
        self.log_offsets = {n: (LOG_DIR / f"{n}.log").stat().st_size if (LOG_DIR / f"{n}.log").exists() else 0
                            for n in B.SERVICES}
        self.memory = Memory(self)
        self.load = Load(self)
        self.db_start = B.psql("postgres", "select now()")
        say(f"load: {a.rate:g} requests/s through the gateway for {clock(a.duration)} (warm-up {clock(a.warm_up)}), "
            + (f"a restart every {clock(a.restart_every)}" if a.restart_every else "no restarts")
            + (f", database connections cut at {clock(a.cut_db_at)}" if a.cut_db_at is not None else ""))
        self.memory.start()
        self.load.start(a.workers)
        busy_until = 0.0
        for when, kind, arg in self.plan():
            if kind == "cut-db":
                when = max(when, busy_until)
            self.sleep_until(when)
            if kind == "restart":
                self.restart(arg)
                busy_until = self.windows[-1]["end"]
            elif kind == "cut-db":
                self.cut_db()
                busy_until = self.windows[-1]["end"]
            elif kind == "gc":
                self.memory.full_gc(list(B.SERVICES), "periodic")
            self.progress()
        self.sleep_until(a.duration - 3)
        self.memory.full_gc(list(B.SERVICES), "end")
        self.sleep_until(a.duration)
        self.progress()
        say("load stopped; waiting for the requests in flight and the writes being retried")
        self.load_stopped = self.rec.now()
        self.load.finish(RETRY_GIVE_UP_S)
        self.memory.stop.set()
        self.memory.sample()

    def sleep_until(self, t):
        while (left := t - self.rec.now()) > 0:
            time.sleep(min(left, 5))

    def progress(self):
        rows = self.rec.rows
        recent = [r for r in rows if r[0] >= self.rec.now() - 60]
        bad = sum(1 for r in recent if not 200 <= r[3] < 300)
        say(f"{clock(self.rec.now())}: {len(rows):,} requests, last minute {len(recent) / 60:.1f}/s with {bad} "
            f"errors; {len(self.rec.skipped)} slots skipped")

    def restart(self, name):
        self.memory.full_gc([name], "before restart")
        pid = pid_of(name)
        start = self.rec.now()
        say(f"{clock(start)}: restarting {name} (SIGTERM to pid {pid})")
        window = {"kind": "restart", "service": name, "start": start, "old_pid": pid}
        killed = False
        if pid:
            os.kill(pid, signal.SIGTERM)
            deadline = time.monotonic() + 60
            while Path(f"/proc/{pid}").exists() and time.monotonic() < deadline:
                time.sleep(0.05)
            if Path(f"/proc/{pid}").exists():
                say(f"{name} did not exit within 60 s of SIGTERM: SIGKILL")
                os.kill(pid, signal.SIGKILL)
                killed = True
                while Path(f"/proc/{pid}").exists():
                    time.sleep(0.05)
        window["stopped_s"] = round(self.rec.now() - start, 2)
        window["killed"] = killed
        log = self.work / f"local-up-{len(self.windows) + 1}-{name}.log"
        with log.open("w") as out:
            r = subprocess.run([str(ROOT / "bin" / "local-up")], stdout=out, stderr=subprocess.STDOUT,
                               stdin=subprocess.DEVNULL, cwd=ROOT)
        ready = self.rec.now()
        if r.returncode or not B.ready(name):
            self.failures.append(f"bin/local-up did not bring {name} back (exit {r.returncode}); see {log}")
            say(f"bin/local-up failed ({r.returncode}); see {log}")
        served = self.routed([name])
        window.update(ready=ready, ready_s=round(ready - start, 2), served_s=round(served - start, 2),
                      end=served + self.args.grace, new_pid=pid_of(name))
        self.windows.append(window)
        say(f"{clock(ready)}: {name} ready again after {ready - start:.1f} s (pid {window['new_pid']}), served "
            f"through the gateway after {served - start:.1f} s; window until {clock(window['end'])}")

    def probe_path(self, name):
        """A read the gateway routes to the service (for the gateway itself: a case)."""
        return {"case-service": f"/api/v1/cases/{self.case_ids[0]}", "gateway": f"/api/v1/cases/{self.case_ids[0]}",
                "contact-service": "/api/v1/rule-packs/US_REGF", "plan-service": f"/api/v1/plans/{self.plans[0][0]}"
                }[name]

    def routed(self, names, limit_s=300):
        """Waits until the gateway serves a read of each service again (its circuit breaker may keep an upstream it
        saw failing closed for a while after the service is ready); returns the time it did."""
        client = B.Http(B.URL["gateway"], self.admin, timeout=10, retry_stale=False)
        waiting, deadline = set(names), time.monotonic() + limit_s
        while waiting and time.monotonic() < deadline:
            for name in sorted(waiting):
                try:
                    if client.request("GET", self.probe_path(name))[0] == 200:
                        waiting.discard(name)
                except (OSError, http.client.HTTPException):
                    client.close()
                    client.conn = None
            if waiting:
                time.sleep(0.25)
        client.close()
        if waiting:
            self.failures.append(f"the gateway did not serve {', '.join(sorted(waiting))} again within {limit_s} s")
        return self.rec.now()

    def cut_db(self):
        start = self.rec.now()
        before = db_connections(self.dbs)
        cut = terminate_db_connections(self.dbs)
        say(f"{clock(start)}: terminated {sum(cut.values())} connections to {', '.join(self.dbs)}")
        # recovered: every service's readiness (which checks its database) answers UP again
        deadline = time.monotonic() + 300
        ready_at = {}
        while time.monotonic() < deadline and len(ready_at) < len(B.SERVICES):
            for n in B.SERVICES:
                if n not in ready_at and B.ready(n):
                    ready_at[n] = round(self.rec.now() - start, 2)
            time.sleep(0.1)
        ready = self.rec.now()
        served = self.routed(["case-service", "contact-service", "plan-service"])
        after = db_connections(self.dbs)
        self.windows.append({"kind": "db-cut", "service": "all", "start": start, "ready": ready,
                             "ready_s": round(ready - start, 2), "served_s": round(served - start, 2),
                             "end": served + self.args.grace,
                             "ready_s_per_service": ready_at,
                             "connections_before": before, "terminated": cut, "connections_after": after})
        say(f"{clock(ready)}: every service ready after {ready - start:.1f} s, served through the gateway after "
            f"{served - start:.1f} s; {sum(after.values())} connections open")

    # -- after -------------------------------------------------------------------------------------------------------

    def drain_outbox(self):
        sql = ("select count(*), coalesce(extract(epoch from now() - min(e.occurred_at)), 0) from outbox_delivery d "
               "join outbox_event e on e.id = d.event_id where d.status = 'PENDING'")
        t0 = time.monotonic()
        first = None
        while True:
            per_db = {}
            for db in self.dbs:
                n, age = B.psql(db, sql).split("|")
                per_db[db] = (int(n), float(age))
            pending = sum(n for n, _ in per_db.values())
            if first is None:
                first = per_db
                say(f"outbox backlog at stop: {pending} deliveries pending "
                    + ", ".join(f"{db} {n}" for db, (n, _) in per_db.items() if n))
            if pending == 0:
                drained = time.monotonic() - t0
                say(f"outbox drained in {drained:.1f} s")
                return {"backlog_at_stop": {db: n for db, (n, _) in first.items()},
                        "oldest_at_stop_s": round(max(a for _, a in first.values()), 1),
                        "drain_s": round(drained, 1), "drained": True}
            if time.monotonic() - t0 > self.args.drain_timeout:
                stuck = {}
                for db in self.dbs:
                    stuck[db] = B.psql(db, "select coalesce(string_agg(subscriber || ' ' || n || ' (' || "
                                           "coalesce(err, '') || ')', '; '), '') from (select subscriber, count(*) n, "
                                           "max(left(last_error, 120)) err from outbox_delivery where status = "
                                           "'PENDING' group by 1) t")
                return {"backlog_at_stop": {db: n for db, (n, _) in first.items()},
                        "oldest_at_stop_s": round(max(a for _, a in first.values()), 1),
                        "drain_s": None, "drained": False, "pending_after_timeout": pending, "stuck": stuck}
            time.sleep(1)

    def check_cases(self):
        L = self.load
        unresolved = sorted(ref for ref, st in L.create_sent.items() if st is None)
        refused = {ref: st for ref, st in L.create_sent.items() if st is not None and not 200 <= st < 300}
        rows = B.psql("case_service", "select external_ref, id, count(*) over (partition by external_ref) "
                      "from collection_case where creditor_id = " + B.sql_text(self.creditor)).splitlines()
        db = collections.defaultdict(list)
        for line in rows:
            ref, cid, _ = line.split("|")
            db[ref].append(cid)
        missing = [ref for ref in L.created if ref not in db]
        wrong_id = [ref for ref, cid in L.created.items() if ref in db and db[ref] != [cid]]
        doubled = [ref for ref, ids in db.items() if len(ids) > 1]
        unanswered = [ref for ref in db if ref not in L.created]
        ok = not (missing or wrong_id or doubled or unanswered or unresolved)
        detail = {"sent": len(L.create_sent), "answered_2xx": len(L.created), "refused": refused,
                  "unresolved": unresolved[:20], "in_db": sum(len(v) for v in db.values()), "missing": missing[:20],
                  "other_id": wrong_id[:20], "doubled": doubled[:20], "in_db_without_2xx": unanswered[:20],
                  "retried": L.retried["create-case"], "replayed": L.replayed["create-case"]}
        text = (f"{len(L.created):,} created (2xx), {detail['in_db']:,} in case-service, each once; "
                f"{detail['retried']} retried, {detail['replayed']} answered by replay")
        if not ok:
            text = (f"{len(L.created):,} created (2xx), {detail['in_db']:,} in case-service: {len(missing)} missing, "
                    f"{len(wrong_id)} another id, {len(doubled)} doubled, {len(unanswered)} without a 2xx, "
                    f"{len(unresolved)} without a definite answer")
        if refused:
            text += f"; refused: " + ", ".join(f"{s}×{n}" for s, n in collections.Counter(refused.values()).items())
        return ok, text, detail

    def check_money(self):
        L = self.load
        unresolved = [p for p, st in L.payment_sent.items() if st is None]
        refused = {p: st for p, st in L.payment_sent.items() if st is not None and not 200 <= st < 300}
        plan_ids = sorted({p for p, _ in self.plans})
        ids = ", ".join(B.sql_text(p) for p in plan_ids)
        rows = B.psql("plan_service", "select payer_reference, plan_id, id, amount, status, count(*) over "
                      "(partition by plan_id, payer_reference) from payment where plan_id in (" + ids + ")"
                      ).splitlines()
        db = {}
        doubled, foreign = [], []
        sums = collections.defaultdict(lambda: 0)
        for line in rows:
            payer, plan, pid, amount, status, n = line.split("|")
            if int(n) > 1:
                doubled.append(payer)
            if not payer.startswith(self.creditor + "-PAY-"):
                foreign.append(payer)
            db[payer] = (plan, pid, round(float(amount) * 100), status)
            if status == "POSTED":
                sums[plan] += round(float(amount) * 100)
        missing = [p for p in L.payments if p not in db]
        mismatched = [p for p, (plan, amount, pid) in L.payments.items()
                      if p in db and (db[p][0] != plan or db[p][1] != pid or db[p][2] != round(float(amount) * 100))]
        unanswered = [p for p in db if p not in L.payments]
        accepted = collections.defaultdict(lambda: 0)
        for plan, amount, _ in L.payments.values():
            accepted[plan] += round(float(amount) * 100)
        plan_case = dict(line.split("|") for line in B.psql(
            "plan_service", "select id, case_id from plan where id in (" + ids + ")").splitlines())
        cases = ", ".join(B.sql_text(c) for c in plan_case.values())
        received = {cid: round(float(v) * 100) for cid, v in (line.split("|") for line in B.psql(
            "case_service", "select id, payments_received from collection_case where id in (" + cases + ")"
        ).splitlines())}
        plan_off = [p for p in plan_ids if sums.get(p, 0) != accepted.get(p, 0)]
        balance_off = {p: (received.get(plan_case.get(p)), sums.get(p, 0)) for p in plan_ids
                       if received.get(plan_case.get(p)) != sums.get(p, 0)}
        total = sum(accepted.values())
        ok = not (missing or mismatched or unanswered or doubled or unresolved or plan_off or balance_off or foreign)
        paid_plans = sum(1 for p in plan_ids if accepted.get(p))
        detail = {"sent": len(L.payment_sent), "answered_2xx": len(L.payments), "refused": refused,
                  "unresolved": unresolved[:20], "in_db": len(db), "missing": missing[:20],
                  "mismatched": mismatched[:20], "in_db_without_2xx": unanswered[:20], "doubled": doubled[:20],
                  "other_payments": foreign[:20], "plans": len(plan_ids), "plans_paid": paid_plans,
                  "plan_sums_off": plan_off, "case_balance_off": {p: {"case_payments_received_cents": a,
                                                                      "plan_payments_cents": b}
                                                                  for p, (a, b) in balance_off.items()},
                  "accepted_total": f"{total / 100:.2f}", "retried": L.retried["payment"],
                  "replayed": L.replayed["payment"]}
        text = (f"{len(L.payments):,} payments ({total / 100:,.2f}) to {paid_plans} plans: {len(db):,} in plan-service, "
                f"each once, sums equal; the {len(plan_ids)} cases' payments received equal their plan's; "
                f"{detail['retried']} retried, {detail['replayed']} answered by replay")
        if not ok:
            text = (f"{len(L.payments):,} payments answered 2xx, {len(db):,} in plan-service: {len(missing)} missing, "
                    f"{len(mismatched)} different, {len(doubled)} doubled, {len(unanswered)} without a 2xx, "
                    f"{len(unresolved)} without a definite answer; {len(plan_off)} plans' sums and "
                    f"{len(balance_off)} case balances differ")
        if refused:
            text += f"; refused: " + ", ".join(f"{s}×{n}" for s, n in collections.Counter(refused.values()).items())
        return ok, text, detail

    def check_decisions(self):
        L = self.load
        ids = sorted(L.decisions)
        # every decision about the run's cases since it began (the load decides only about those)
        cases = ", ".join(B.sql_text(c) for c in self.case_ids)
        during = set(B.psql("contact_service", "select id from contact_decision where decided_at >= "
                            + B.sql_text(self.db_start) + f"::timestamptz and case_id in ({cases})").split())
        kept = during & set(ids)
        missing = [x for x in ids if x not in kept]
        extra = during - set(ids)
        ok = not missing and len(extra) <= L.decisions_unanswered
        detail = {"answered_2xx": len(ids), "kept": len(kept), "missing": missing[:20],
                  "kept_without_answer": len(extra), "sent_without_answer": L.decisions_unanswered}
        text = (f"{len(ids):,} decisions answered, each kept once in contact-service; {len(extra)} kept without an "
                f"answer (≤ {L.decisions_unanswered} sent without one)")
        if not ok:
            text = (f"{len(ids):,} decisions answered: {len(missing)} not kept; {len(extra)} kept without an answer "
                    f"while only {L.decisions_unanswered} got none")
        return ok, text, detail

    def check_events(self):
        """Every delivery of an event written since the soak began is DELIVERED and its event is in the subscriber's
        inbox (inbox_event: one row per event id, so a redelivery is recorded once and applied once)."""
        sources = {s["db"]: name for name, s in B.SERVICES.items() if s["db"] != "-"}
        since = B.sql_text(self.db_start) + "::timestamptz"
        deliveries = collections.defaultdict(dict)   # (source db, subscriber) -> event id -> (status, attempts)
        for db in self.dbs:
            for line in B.psql(db, "select d.subscriber, e.id, d.status, d.attempts from outbox_delivery d join "
                                   f"outbox_event e on e.id = d.event_id where e.occurred_at >= {since}").splitlines():
                sub, eid, status, attempts = line.split("|")
                deliveries[(db, sub)][eid] = (status, int(attempts))
        inbox = {}
        for db in set(SUBSCRIBER_DB.values()):
            rows = B.psql(db, "select event_id, source from inbox_event where received_at >= " + since
                          + " - interval '5 minutes'").splitlines()
            inbox[db] = collections.defaultdict(set)
            for line in rows:
                eid, source = line.split("|")
                inbox[db][source].add(eid)
        per_route, lost, pending, redelivered, total = {}, 0, 0, 0, 0
        for (db, sub), events in sorted(deliveries.items()):
            target = SUBSCRIBER_DB.get(sub, sub)
            got = inbox.get(target, {}).get(sources[db], set())
            not_in = [e for e, (st, _) in events.items() if st == "DELIVERED" and e not in got]
            waiting = [e for e, (st, _) in events.items() if st != "DELIVERED"]
            again = sum(1 for st, n in events.values() if n > 1)
            per_route[f"{sources[db]} -> {sub}"] = {"deliveries": len(events), "not_delivered": len(waiting),
                                                     "delivered_not_in_inbox": len(not_in), "attempted_more_than_once":
                                                         again, "examples": (not_in + waiting)[:5]}
            lost += len(not_in)
            pending += len(waiting)
            redelivered += again
            total += len(events)
        ok = lost == 0 and pending == 0
        text = (f"{total:,} deliveries on {len(per_route)} routes: all delivered, each event once in its "
                f"subscriber's inbox; {redelivered} needed more than one attempt")
        if not ok:
            text = f"{total:,} deliveries: {pending} not delivered, {lost} delivered but not in the subscriber's inbox"
        return ok, text, per_route

    def scan_logs(self):
        """The ERROR lines each service logged during the soak (what it appended to .local/logs/<name>.log), inside
        and outside the windows, grouped by logger and the start of the message."""
        out = {}
        by_trace = {r[7]: r for r in self.rec.rows}
        for name in B.SERVICES:
            path = LOG_DIR / f"{name}.log"
            if not path.exists():
                continue
            with path.open("rb") as f:
                f.seek(self.log_offsets.get(name, 0))
                text = f.read().decode("utf-8", "replace")
            groups = collections.Counter()
            examples = {}
            inside = outside = 0
            for line in text.splitlines():
                m = LOG_LINE.match(line)
                if not m or m.group(3) != "ERROR":
                    continue
                when = datetime.datetime.strptime(m.group(1), "%Y-%m-%d %H:%M:%S").timestamp() \
                    + int(m.group(2)) / 1000 - self.wall0
                is_in = self.in_window(when - 1, when + 1)
                inside += is_in
                outside += not is_in
                if not is_in:
                    key = m.group(4) + ": " + NUMBERS.sub("#", m.group(5))[:140]
                    groups[key] += 1
                    trace = re.search(r"traceId=([0-9a-f]{32})", line)
                    req = by_trace.get(trace.group(1)) if trace else None
                    seen = (f" [in the trace of the soak's {req[2]} sent at {clock(req[0])}, answered {req[3]} after "
                            f"{req[4]:.0f} ms]" if req else " [no request of the soak has its trace id]")
                    examples.setdefault(key, f"(soak {clock(when)}) {line[:400]}{seen}")
            out[name] = {"errors_inside_windows": inside, "errors_outside_windows": outside,
                         "outside_by_kind": [{"kind": k, "count": n, "first": examples[k]}
                                             for k, n in groups.most_common(10)]}
        return out

    # -- figures -----------------------------------------------------------------------------------------------------

    def in_window(self, start, end):
        return any(start <= w["end"] and end >= w["start"] for w in self.windows)

    def request_figures(self):
        rows = self.rec.rows
        inside, outside = [], []
        for r in rows:
            (inside if self.in_window(r[0], r[1]) else outside).append(r)

        def stats(rs):
            lat = sorted(r[4] for r in rs)
            errors = [r for r in rs if not 200 <= r[3] < 300]
            return {"requests": len(rs), "errors": len(errors),
                    "error_rate_pct": round(100 * len(errors) / len(rs), 4) if rs else 0.0,
                    "p50_ms": round(B.percentile(lat, 50), 2) if lat else None,
                    "p99_ms": round(B.percentile(lat, 99), 2) if lat else None,
                    "max_ms": round(lat[-1], 2) if lat else None,
                    "statuses": dict(sorted(collections.Counter(str(r[3]) for r in errors).items()))}
        per_op = {}
        for op in MIX:
            per_op[op] = {"all": stats([r for r in rows if r[2] == op]),
                          "outside": stats([r for r in outside if r[2] == op]),
                          "inside": stats([r for r in inside if r[2] == op])}
        for w in self.windows:
            rs = [r for r in rows if r[0] <= w["end"] and r[1] >= w["start"]]
            w["requests"] = len(rs)
            w["errors"] = sum(1 for r in rs if not 200 <= r[3] < 300)
            last_error = max((r[1] for r in rs if not 200 <= r[3] < 300), default=None)
            # how long after the gateway served the service again errors went on (negative: they ended before)
            w["errors_until_s_after_served"] = None if last_error is None else round(
                last_error - (w["start"] + w["served_s"]), 1)
            w["length_s"] = round(w["end"] - w["start"], 1)
        errors_out = [{"at": clock(r[0]), "at_s": round(r[0], 2), "op": r[2], "status": r[3],
                       "latency_ms": round(r[4], 1), "attempt": r[5], "error": r[6]}
                      for r in outside if not 200 <= r[3] < 300]
        timeline = []
        buckets = collections.defaultdict(list)
        for r in rows:
            buckets[int(r[0] // 10)].append(r)
        skipped = collections.Counter(int(t // 10) for t in self.rec.skipped)
        for k in sorted(set(buckets) | set(skipped)):
            lat = sorted(r[4] for r in buckets[k])
            timeline.append({"from_s": k * 10, "requests": len(lat),
                             "errors": sum(1 for r in buckets[k] if not 200 <= r[3] < 300),
                             "p50_ms": round(B.percentile(lat, 50), 1) if lat else None,
                             "p99_ms": round(B.percentile(lat, 99), 1) if lat else None, "skipped": skipped[k],
                             "in_window": self.in_window(k * 10, k * 10 + 10)})
        return {"all": stats(rows), "outside": stats(outside), "inside": stats(inside), "per_op": per_op,
                "timeline_10s": timeline,
                "errors_outside_windows": errors_out[:50], "skipped_slots": len(self.rec.skipped),
                "skipped_slots_outside_windows": sum(1 for t in self.rec.skipped if not self.in_window(t, t)),
                "rate_per_s": round(len(rows) / max(1.0, self.load_stopped), 1)}

    def memory_figures(self):
        a = self.args
        out = {}
        for name in B.SERVICES:
            samples = [s for s in self.memory.samples if s[1] == name]
            if not samples:
                out[name] = {"verdict": "no samples"}
                continue
            after_warm = [s for s in samples if s[0] >= a.warm_up]
            rss_warm = after_warm[0][3] if after_warm else None
            rss_end = samples[-1][3]
            rss_max = max(s[3] for s in samples)
            hwm_max = max(s[4] for s in samples)
            # stretches: one per pid; it starts when the pid is warm (the soak's warm-up, or its own after a restart)
            stretches = []
            for pid in dict.fromkeys(s[2] for s in samples):
                born = next((w["ready"] for w in self.windows if w.get("new_pid") == pid), 0.0)
                warm = born + a.warm_up
                gcs = [g for g in self.memory.after_gc if g[1] == name and g[2] == pid and g[0] >= warm]
                rss = [s for s in samples if s[2] == pid and s[0] >= warm]
                if len(gcs) >= 2:
                    stretches.append((gcs[-1][0] - gcs[0][0], pid, gcs, rss))
            entry = {"rss_after_warm_up_mib": round(mib(rss_warm), 1) if rss_warm else None,
                     "rss_end_mib": round(mib(rss_end), 1), "rss_max_mib": round(mib(rss_max), 1),
                     "rss_peak_hwm_mib": round(mib(hwm_max), 1), "pids": list(dict.fromkeys(s[2] for s in samples)),
                     "rss_limit_mib": a.rss_limit}
            entry["over_limit"] = mib(hwm_max) > a.rss_limit
            if not stretches:
                entry.update(verdict="not measured (no stretch with two full collections after warm-up)", leak=None)
                out[name] = entry
                continue
            span, pid, gcs, rss = max(stretches)
            xs = [g[0] for g in gcs]
            live = [mib(g[3]) for g in gcs]
            slope = fit_slope(xs, live)                       # MiB per second
            fitted_growth = slope * span
            rss_slope = fit_slope([s[0] for s in rss], [mib(s[3]) for s in rss]) if len(rss) >= 2 else 0.0
            leak = fitted_growth > a.leak_mib
            entry.update({
                "stretch": {"pid": pid, "from": clock(xs[0]), "to": clock(xs[-1]), "minutes": round(span / 60, 1),
                            "full_collections": len(gcs)},
                "after_gc_heap_mib": [round(v, 1) for v in live],
                "after_gc_start_mib": round(live[0], 1), "after_gc_end_mib": round(live[-1], 1),
                "after_gc_growth_mib": round(live[-1] - live[0], 2), "after_gc_fitted_growth_mib":
                    round(fitted_growth, 2), "after_gc_mib_per_hour": round(slope * 3600, 1),
                "rss_mib_per_hour": round(rss_slope * 3600, 1), "leak": leak,
                "verdict": "LEAK" if leak else "flat"})
            out[name] = entry
        return out

    def report(self, requests, memory, outbox, checks, logs):
        a = self.args
        machine = B.machine_info()
        machine["load_average_at_start"] = self.load_at_start
        fails = list(self.failures)
        rows = []   # (figure, result, criterion, ok: True/False/None)

        def row(figure, result, criterion="", ok=None):
            rows.append((figure, result, criterion, ok))
            if ok is False:
                fails.append(f"{figure}: {result}")
        ops = ", ".join(f"{op} {requests['per_op'][op]['all']['requests']:,}" for op in MIX)
        row("requests", f"{requests['all']['requests']:,} in {clock(self.load_stopped)} "
                        f"({requests['rate_per_s']:g}/s; {ops}); {requests['skipped_slots']} slots skipped "
                        f"({requests['skipped_slots_outside_windows']} outside windows)")
        o, i = requests["outside"], requests["inside"]
        row("errors outside restart/cut windows", f"{o['errors']:,} of {o['requests']:,} ({o['error_rate_pct']:.3f} %)"
            + (": " + ", ".join(f"{s}×{n}" for s, n in o["statuses"].items()) if o["statuses"] else ""),
            f"< {a.max_error_pct:g} %", o["error_rate_pct"] < a.max_error_pct)
        row("errors inside windows", f"{i['errors']:,} of {i['requests']:,} ({i['error_rate_pct']:.1f} %)"
            + (": " + ", ".join(f"{s}×{n}" for s, n in i["statuses"].items()) if i["statuses"] else ""),
            "reported (writes retried with the same key)")
        row("latency, all requests", f"p50 {requests['all']['p50_ms']} ms, p99 {requests['all']['p99_ms']} ms")
        row("latency outside windows", f"p50 {o['p50_ms']} ms, p99 {o['p99_ms']} ms, max {o['max_ms']} ms")
        for w in self.windows:
            if w["kind"] == "restart":
                row(f"restart of {w['service']} at {clock(w['start'])}",
                    f"stopped in {w['stopped_s']} s{' (SIGKILL)' if w['killed'] else ''}, ready after {w['ready_s']} s, "
                    f"served through the gateway after {w['served_s']} s; "
                    f"window {w['length_s']} s, {w['errors']} errors of {w['requests']}"
                    + after_ready(w),
                    "ready again", w.get("new_pid") is not None)
            else:
                row(f"database connections cut at {clock(w['start'])}",
                    f"{sum(w['terminated'].values())} terminated; every service ready after {w['ready_s']} s, served "
                    f"through the gateway after {w['served_s']} s ({sum(w['connections_after'].values())} connections "
                    f"then); window {w['length_s']} s, "
                    f"{w['errors']} errors of {w['requests']}" + after_ready(w), "recovered", True)
        backlog = sum(outbox["backlog_at_stop"].values())
        row("outbox backlog at stop, drain", f"{backlog} deliveries pending (oldest {outbox['oldest_at_stop_s']} s); "
            + (f"drained in {outbox['drain_s']} s" if outbox["drained"] else
               f"NOT drained after {a.drain_timeout:g} s: {outbox['pending_after_timeout']} pending"),
            f"drained within {a.drain_timeout:g} s", outbox["drained"])
        for name, m in memory.items():
            if "stretch" in m:
                st = m["stretch"]
                text = (f"RSS {m['rss_after_warm_up_mib']} MiB after warm-up, {m['rss_end_mib']} at end, max "
                        f"{m['rss_max_mib']} (peak {m['rss_peak_hwm_mib']}); heap after full GC "
                        f"{m['after_gc_start_mib']} → {m['after_gc_end_mib']} MiB over {st['minutes']} min "
                        f"({m['after_gc_fitted_growth_mib']:+} MiB fitted, {m['after_gc_mib_per_hour']:+} MiB/h; "
                        f"RSS {m['rss_mib_per_hour']:+} MiB/h): {m['verdict']}")
                ok = not m["leak"] and not m["over_limit"]
            else:
                text = f"{m['verdict']}"
                ok = None if not m.get("over_limit") else False
            row(f"memory: {name}", text, f"after-GC heap growth ≤ {a.leak_mib:g} MiB; peak RSS ≤ {a.rss_limit} MiB", ok)
        conns = self.memory.connections
        if conns:
            peak = {db: max(c[1][db] for c in conns) for db in self.dbs}
            row("PostgreSQL client connections", f"the services' databases at most {max(sum(c[1].values()) for c in conns)} "
                f"({', '.join(f'{db} {n}' for db, n in peak.items())}); the whole server at most "
                f"{max(c[2] for c in conns)} of max_connections {self.max_connections}")
        row("service log ERRORs", "; ".join(f"{n} {v['errors_outside_windows']} outside windows "
                                             f"({v['errors_inside_windows']} inside)" for n, v in logs.items()),
            "reported (see soak.md)")
        for key, label in (("cases", "cases: nothing lost or doubled"), ("money", "money: payments and balances"),
                           ("decisions", "contact decisions kept once"), ("events", "events: outbox → inbox")):
            ok, text, _ = checks[key]
            row(label, text, "exact", ok)
        doc = {"run": self.run, "started": self.started.isoformat(timespec="seconds"),
               "finished": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
               "machine": machine, "settings": self.settings(), "table": [
                   {"figure": f, "result": r, "criterion": c or None, "ok": ok} for f, r, c, ok in rows],
               "requests": requests, "windows": self.windows, "outbox": outbox, "memory": memory, "logs": logs,
               "memory_samples": [list(s) for s in self.memory.samples],
               "connection_samples": [list(c) for c in self.memory.connections],
               "after_gc_samples": [list(g) for g in self.memory.after_gc],
               "checks": {k: {"ok": v[0], "result": v[1], "details": v[2]} for k, v in checks.items()},
               "ok": not fails, "failures": fails}
        text = table(rows)
        print()
        print(text)
        print("\n" + op_table(requests))
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        (OUT_DIR / "soak.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False, default=str) + "\n")
        (OUT_DIR / "soak.md").write_text(markdown(doc, rows, requests))
        print(f"\n  written: target/soak/soak.json, target/soak/soak.md; every request in "
              f"{(self.work / 'requests.csv').relative_to(ROOT)}")
        if requests["errors_outside_windows"]:
            print("\n  errors outside windows (first 10):")
            for e in requests["errors_outside_windows"][:10]:
                print(f"    {e['at']} {e['op']} {e['status']} {e['latency_ms']} ms (attempt {e['attempt']}): "
                      f"{e['error']}")
        if fails:
            print("\nFAILED:\n" + "\n".join(f"  {f}" for f in fails))
        return not fails

    def write_answers(self):
        """What the load was answered, for the checks (kept in the run's directory, so a check can be redone)."""
        L = self.load
        (self.work / "answers.json").write_text(json.dumps({
            "db_start": self.db_start, "creditor": self.creditor, "case_ids": self.case_ids, "plans": self.plans,
            "created": L.created, "create_sent": L.create_sent, "payments": L.payments,
            "payment_sent": L.payment_sent, "decisions": sorted(L.decisions),
            "decisions_unanswered": L.decisions_unanswered}) + "\n")

    def write_requests(self):
        with (self.work / "requests.csv").open("w") as out:
            out.write("start_s,end_s,op,status,latency_ms,attempt,in_window,trace_id,error\n")
            for r in self.rec.rows:
                err = (r[6] or "").replace('"', "'").replace("\n", " ")
                out.write(f"{r[0]:.3f},{r[1]:.3f},{r[2]},{r[3]},{r[4]:.2f},{r[5]},"
                          f"{int(self.in_window(r[0], r[1]))},{r[7]},\"{err}\"\n")

    def settings(self):
        a = self.args
        return {"duration_s": a.duration, "restart_every_s": a.restart_every, "cut_db_at_s": a.cut_db_at,
                "rate_per_s": a.rate, "warm_up_s": a.warm_up, "gc_every_s": a.gc_every, "grace_s": a.grace,
                "workers": a.workers, "timeout_s": a.timeout, "cases": a.cases, "plans": a.plans,
                "collectors": a.collectors, "mix_pct": {op: share for op, (share, _) in MIX.items()},
                "max_error_pct": a.max_error_pct, "leak_mib": a.leak_mib, "rss_limit_mib": a.rss_limit,
                "drain_timeout_s": a.drain_timeout, "creditors": f"{self.creditor} (created), {self.seed_creditor} "
                                                                   "(prepared)", "run_dir": str(B.RUN_DIR)}


def after_ready(w):
    n = w.get("errors_until_s_after_served")
    if n is None:
        return ""
    return f", the last {abs(n)} s {'before' if n < 0 else 'after'} it was served again"


def fit_slope(xs, ys):
    """Least-squares slope of ys over xs."""
    n = len(xs)
    if n < 2:
        return 0.0
    mx, my = sum(xs) / n, sum(ys) / n
    var = sum((x - mx) ** 2 for x in xs)
    return 0.0 if var == 0 else sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / var


def ok_text(ok):
    return "-" if ok is None else ("yes" if ok else "NO")


def table(rows):
    head = ("figure", "result", "pass when", "ok")
    body = [(f, r, c or "-", ok_text(ok)) for f, r, c, ok in rows]
    width0 = max(len(x[0]) for x in [head] + body)
    width2 = max(len(x[2]) for x in [head] + body)
    lines = [f"{head[0]:<{width0}}  {head[3]:<3}  {head[2]:<{width2}}  {head[1]}",
             f"{'-' * width0}  ---  {'-' * width2}  {'-' * 6}"]
    lines += [f"{f:<{width0}}  {ok:<3}  {c:<{width2}}  {r}" for f, r, c, ok in body]
    return "\n".join(lines)


def op_table(requests):
    head = ["op", "requests", "errors outside", "errors inside", "p50 ms", "p99 ms", "p99 outside ms"]
    body = []
    for op, f in requests["per_op"].items():
        body.append([op, f"{f['all']['requests']:,}", f"{f['outside']['errors']} / {f['outside']['requests']:,}",
                     f"{f['inside']['errors']} / {f['inside']['requests']:,}", str(f["all"]["p50_ms"]),
                     str(f["all"]["p99_ms"]), str(f["outside"]["p99_ms"])])
    widths = [max(len(str(x[i])) for x in [head] + body) for i in range(len(head))]
    return "\n".join("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in
                               enumerate(zip(line, widths))) for line in [head, ["-" * w for w in widths]] + body)


def markdown(doc, rows, requests):
    m, s = doc["machine"], doc["settings"]
    out = [f"# bin/soak — {doc['started']}", "",
           f"Machine: {m['cores']} cores ({m['cpu']}), {m['memory_mib']:,} MiB memory, load average "
           f"{m['load_average_at_start']} at the start and {m['load_average']} at the end; PostgreSQL "
           f"{m['postgresql']}; Java {m['java']}; commit {m['commit']}.", "",
           f"Settings: {clock(s['duration_s'])} of {s['rate_per_s']:g} requests/s through the gateway "
           f"({', '.join(f'{op} {p} %' for op, p in s['mix_pct'].items())}), warm-up {clock(s['warm_up_s'])}, "
           + (f"a restart every {clock(s['restart_every_s'])}" if s["restart_every_s"] else "no restarts")
           + (f", database connections cut at {clock(s['cut_db_at_s'])}" if s["cut_db_at_s"] is not None else "")
           + f"; windows end {s['grace_s']:g} s after the gateway serves the service again; a full collection every "
             f"{clock(s['gc_every_s'])}.", "",
           "| figure | ok | pass when | result |", "|---|---|---|---|"]
    for f, r, c, ok in rows:
        out.append("| " + " | ".join(str(x).replace("|", "\\|") for x in (f, ok_text(ok), c or "-", r)) + " |")
    out += ["", "| op | requests | errors outside windows | errors inside | p50 ms | p99 ms | p99 outside ms |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    for op, f in requests["per_op"].items():
        out.append(f"| {op} | {f['all']['requests']:,} | {f['outside']['errors']} / {f['outside']['requests']:,} | "
                   f"{f['inside']['errors']} / {f['inside']['requests']:,} | {f['all']['p50_ms']} | "
                   f"{f['all']['p99_ms']} | {f['outside']['p99_ms']} |")
    if requests["errors_outside_windows"]:
        out += ["", "Errors outside windows:", ""] + [
            f"- {e['at']} {e['op']} {e['status']} ({e['latency_ms']} ms, attempt {e['attempt']}): {e['error']}"
            for e in requests["errors_outside_windows"][:20]]
    kinds = [(n, k) for n, v in doc["logs"].items() for k in v["outside_by_kind"]]
    if kinds:
        out += ["", "ERROR lines in the services' logs outside windows (by kind, the first of each):", ""] + [
            f"- {n}, {k['count']}×: `{k['first']}`" for n, k in kinds]
    if doc["failures"]:
        out += ["", "**Failed:**", ""] + [f"- {f}" for f in doc["failures"]]
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------------------------------------------------

def parse(argv):
    p = argparse.ArgumentParser(prog="bin/soak", description="Soak and leak check against the running suite.")
    p.add_argument("--duration", type=seconds, help="how long the load runs (default 30m; --short 3m)")
    p.add_argument("--restart-every", type=seconds,
                   help="stop and start one service in turn this often; 0: no restarts, a pure leak run "
                        "(default 5m; --short 1m)")
    p.add_argument("--cut-db-at", default="40%",
                   help="when to terminate every database connection: a time (12m), a share of the duration (40%%, "
                        "the default) or off")
    p.add_argument("--rate", type=float, default=50, help="requests per second of the mixed load (default 50)")
    p.add_argument("--warm-up", type=seconds, help="before memory counts, also after each restart (default 3m; "
                                                   "--short 30s)")
    p.add_argument("--short", action="store_true", help="a short try: --duration 3m --restart-every 1m --warm-up 30s")
    p.add_argument("--gc-every", type=seconds, help="a forced full collection in every service this often "
                                                    "(default a tenth of the duration, 20 s to 2m30s)")
    p.add_argument("--grace", type=seconds, default=5.0,
                   help="a window ends this long after the gateway serves the service again (default 5s)")
    p.add_argument("--workers", type=int, default=32, help="concurrent requests at most (default 32)")
    p.add_argument("--timeout", type=float, default=30, help="seconds a request may take (default 30)")
    p.add_argument("--cases", type=int, default=400, help="prepared cases to read and decide on (default 400)")
    p.add_argument("--plans", type=int, default=40, help="prepared plans to pay into (default 40)")
    p.add_argument("--collectors", type=int, default=128, help="collector tokens, one subject each (default 128)")
    p.add_argument("--max-error-pct", type=float, default=0.1,
                   help="highest error rate outside windows, in %% (default 0.1)")
    p.add_argument("--leak-mib", type=float, default=8.0,
                   help="a service leaks when its heap after a full collection grows more than this over its stretch "
                        "(least-squares fit; default 8)")
    p.add_argument("--rss-limit", type=int, default=768,
                   help="highest resident set in MiB (default 768, the chart's smallest container limit)")
    p.add_argument("--drain-timeout", type=seconds, default=300.0,
                   help="how long the outbox may take to drain after the load (default 5m)")
    a = p.parse_args(argv)
    defaults = {"duration": 180 if a.short else 1800, "restart_every": 60 if a.short else 300,
                "warm_up": 30 if a.short else 180}
    for key, value in defaults.items():
        if getattr(a, key) is None:
            setattr(a, key, value)
    if a.gc_every is None:
        a.gc_every = min(150.0, max(20.0, a.duration / 10))
    cut = a.cut_db_at.strip().lower()
    if cut == "off":
        a.cut_db_at = None
    elif cut.endswith("%"):
        a.cut_db_at = a.duration * float(cut[:-1]) / 100
    else:
        try:
            a.cut_db_at = seconds(cut)
        except argparse.ArgumentTypeError as e:
            p.error(str(e))
    if a.cut_db_at is not None and not 0 < a.cut_db_at < a.duration:
        p.error("--cut-db-at must fall within the duration")
    if a.rate <= 0 or a.duration <= a.warm_up:
        p.error("--rate must be positive and --duration longer than --warm-up")
    return a


def main(argv):
    args = parse(argv)
    soak = Soak(args)

    def interrupted(signum, _frame):
        raise KeyboardInterrupt(f"signal {signum}")
    signal.signal(signal.SIGTERM, interrupted)
    try:
        soak.preflight()
        soak.seed()
        soak.execute()
        soak.write_requests()
        soak.write_answers()
        outbox = soak.drain_outbox()
        say("consistency checks")
        checks = {}
        for key, fn in (("cases", soak.check_cases), ("money", soak.check_money),
                        ("decisions", soak.check_decisions), ("events", soak.check_events)):
            try:
                checks[key] = fn()
            except Exception as e:  # noqa: BLE001 - a check that cannot run fails, and the report is still written
                checks[key] = (False, f"check failed to run: {type(e).__name__}: {str(e)[:300]}", {})
        return 0 if soak.report(soak.request_figures(), soak.memory_figures(), outbox, checks, soak.scan_logs()) else 1
    except SoakError as e:
        say(f"ERROR: {e}")
        return 1
    except KeyboardInterrupt:
        say("interrupted")
        if getattr(soak, "load", None):
            soak.load.stop.set()
        down = [n for n in B.SERVICES if pid_of(n) is None]
        if down:
            say(f"not running now: {', '.join(down)}: bin/local-up starts them again")
        return 130


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
