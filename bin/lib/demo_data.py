#!/usr/bin/env python3
"""The demo portfolio of bin/demo-data: a synthetic portfolio imported into a running suite (bin/local-up) with six
months of history whose outcomes depend on known features, so that scores, learned contact times and KPIs can be seen
working locally. Python 3 standard library only; reuses bin/lib/bench.py (HTTP client, tokens, psql).

The known model (every number below is the generator's, not the platform's):
  cases      three creditors: DEMO-CN (CN, Asia/Shanghai, CNY), DEMO-US (US, four US zones, USD), DEMO-UK (UK,
             Europe/London, GBP), 40/40/20 %; products CREDIT_CARD, CONSUMER_LOAN, BNPL, AUTO_LOAN; principal
             200-9,999; 5-204 days past due when the history starts; each case a hidden ability ~ N(0, 0.5).
  contacts   every 5 days a call at a random local hour 08-20; the debtor answers with a probability that depends on
             the local hour (ANSWER_BY_HOUR: best 18-20, worst 08-10) times 0.6 + ability/2 (clamped to 0.2..1.4).
             A conversation leads to a promise to pay 40 % of the time.
  payments   every 10 days a payment of 8 % of the debt with probability sigmoid(-1.3 + ability + 0.8 recent payments
             + 0.5 promises kept - 0.6 promises broken - dpd/120 - 0.3 log10(debt) + 0.7 if a CONSUMER_LOAN
             + 1.0 if there was a conversation in those 10 days); a promise made is kept when a payment follows.
  delinquency  +10 days past due per 10 days without a payment, -20 with one; a row in the delinquency history
             whenever the bucket changes (as the nightly evaluation writes it).
The history ends 8 days before today, so no cap of the rule packs blocks today's contacts. 97 % of the US debtors were
sent the Regulation F validation notice when collection began (the others stay blocked by US_REGF.VALIDATION_NOTICE).

After the history: each creditor's model is trained, the cases are scored, tomorrow's calls are planned, a month of
three policies is compared in expectation under the known model (everyone called at the earliest permitted hour,
everyone at the learned hour, and the best-scored cases messaged instead of called with the rest called at the
learned hour), and each creditor gets a champion ("Call everyone") and a challenger ("Precise": messages for the
best-scored 30 %, placement for the long overdue, messages then calls for the rest) side by side, 50/50, with the
cases moved onto their paths.
"""
import argparse
import datetime
import json
import math
import random
import subprocess
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bench as B  # noqa: E402

CREDITORS = [("DEMO-CN", 0.4, "CN", ["Asia/Shanghai"], "zh-CN", "CNY"),
             ("DEMO-US", 0.4, "US", ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"],
              "en-US", "USD"),
             ("DEMO-UK", 0.2, "UK", ["Europe/London"], "en-GB", "GBP")]
PRODUCTS = ["CREDIT_CARD", "CONSUMER_LOAN", "BNPL", "AUTO_LOAN"]
ANSWER_BY_HOUR = {8: 0.06, 9: 0.07, 10: 0.08, 11: 0.10, 12: 0.16, 13: 0.13, 14: 0.09, 15: 0.09, 16: 0.10, 17: 0.14,
                  18: 0.26, 19: 0.30, 20: 0.24}
BUCKETS = [(0, "CURRENT"), (30, "1-30"), (60, "31-60"), (90, "61-90"), (120, "91-120"), (180, "121-180")]
HISTORY_DAYS, HISTORY_END_DAYS_AGO = 180, 8
VALIDATION_NOTICE_SHARE = 0.97


def say(message):
    print(f"[demo-data] {message}", file=sys.stderr, flush=True)


def bucket(dpd):
    for limit, label in BUCKETS:
        if dpd <= limit:
            return label
    return "181+"


def sigmoid(x):
    return 1 / (1 + math.exp(-x))


def phone(jurisdiction, i):
    return {"CN": f"+86 139 {i // 10000:04d} {i % 10000:04d}", "US": f"+1 312 555 {i % 10000:04d}",
            "UK": f"+44 7400 {i % 1000000:06d}"}[jurisdiction]


def import_cases(run, count, rng, work):
    path = work / f"demo-{run}.ndjson"
    today = datetime.date.today()
    with path.open("w") as out:
        for i in range(count):
            creditor, _, jurisdiction, zones, language, currency = rng.choices(CREDITORS, [c[1] for c in CREDITORS])[0]
            out.write(json.dumps({
                "creditorId": creditor, "externalRef": f"DEMO-{run}-{i:06d}", "fullName": f"Demo Debtor {run}-{i}",
                "nationalId": f"DEMO{run}{i:07d}", "phones": [phone(jurisdiction, i)],
                "emails": [f"demo{run}.{i}@example.org"], "timeZone": rng.choice(zones), "jurisdiction": jurisdiction,
                "preferredLanguage": language, "product": rng.choice(PRODUCTS), "accountRef": f"ACC-{i:06d}",
                "principal": f"{rng.randint(200, 9999)}.00", "interest": "0.00", "fees": "0.00", "currency": currency,
                "oldestUnpaidDate": (today - datetime.timedelta(days=30 + rng.randint(0, 200))).isoformat()}) + "\n")
    say(f"importing {count:,} cases (creditors {', '.join(c[0] for c in CREDITORS)})")
    t0 = time.monotonic()
    with path.open("rb") as body:
        report = B.Http(B.URL["case-service"], B.token("admin"), timeout=7200).expect(
            200, "POST", "/api/v1/case-imports", raw=body, content_type="application/x-ndjson",
            headers={"Content-Length": str(path.stat().st_size)})
    path.unlink()
    say(f"imported: {report.get('created'):,} created in {time.monotonic() - t0:.0f} s")
    if report.get("created") != count:
        raise B.BenchError(f"the import created {report.get('created')} of {count}: {str(report)[:300]}")


def cases_of(run):
    rows = B.psql("case_service", f"""
        select c.id, c.debtor_id, c.creditor_id, c.total_debt, d.product, c.days_past_due
          from collection_case c join debt d on d.case_id = c.id
         where c.external_ref like 'DEMO-{run}-%' order by c.external_ref""")
    return [r.split("|") for r in rows.splitlines() if r]


def simulate(case, rng, start, zones):
    """One case's six months: attempts (at, outcome), outcomes for case-service, delinquency rows, final state."""
    case_id, debtor_id, creditor, debt, product, _ = case
    debt = float(debt)
    ability = rng.gauss(0, 0.5)
    dpd = 5 + rng.randint(0, 199)
    recent = kept = broken = 0
    paid = 0.0
    attempts, outcomes, delinquency = [], [], [(start.date(), dpd, bucket(dpd))]
    zone = zones[case_id]
    for day in range(0, HISTORY_DAYS, 10):
        conversation, promise = False, False
        for call_day in (day, day + 5):
            local_hour = rng.randint(8, 20)
            at = local_time(start + datetime.timedelta(days=call_day), local_hour, rng.randint(0, 3599), zone)
            answered = rng.random() < ANSWER_BY_HOUR[local_hour] * min(1.4, max(0.2, 0.6 + ability / 2))
            outcome = "NO_ANSWER"
            if answered:
                conversation = True
                promise = promise or rng.random() < 0.4
                outcome = "PROMISE_TO_PAY" if promise else "RIGHT_PARTY_CONTACT"
            attempts.append((at, outcome))
            outcomes.append((at, "RIGHT_PARTY_CONTACT" if answered else "CONTACT_ATTEMPT", None, "CALL"))
            if promise and outcome == "PROMISE_TO_PAY":
                outcomes.append((at + datetime.timedelta(seconds=60), "PROMISE_MADE", None, None))
        logit = (-1.3 + ability + 0.8 * recent + 0.5 * kept - 0.6 * broken - dpd / 120 - 0.3 * math.log10(debt)
                 + (0.7 if product == "CONSUMER_LOAN" else 0) + (1.0 if conversation else 0))
        t = start + datetime.timedelta(days=day + 9, hours=rng.randint(0, 23))
        before = bucket(dpd)
        if rng.random() < sigmoid(logit) and paid + 0.08 * debt <= debt:
            amount = round(0.08 * debt, 2)
            paid += amount
            outcomes.append((t, "PAYMENT", amount, None))
            recent, dpd = min(3, recent + 1), max(0, dpd - 20)
            if promise:
                outcomes.append((t + datetime.timedelta(seconds=60), "PROMISE_KEPT", None, None))
                kept += 1
        else:
            recent, dpd = max(0, recent - 1), dpd + 10
            if promise:
                outcomes.append((t + datetime.timedelta(seconds=60), "PROMISE_BROKEN", None, None))
                broken += 1
        if bucket(dpd) != before:
            delinquency.append(((t + datetime.timedelta(days=1)).date(), dpd, bucket(dpd)))
    state = {"ability": ability, "recent": recent, "kept": kept, "broken": broken, "debt": debt,
             "product": product, "paid": round(paid, 2), "dpd": dpd, "creditor": creditor}
    return attempts, outcomes, delinquency, state


def local_time(day, hour, seconds, zone):
    from zoneinfo import ZoneInfo
    local = datetime.datetime(day.year, day.month, day.day, hour, 0, 0, tzinfo=ZoneInfo(zone))
    return (local + datetime.timedelta(seconds=seconds)).astimezone(datetime.timezone.utc)


def copy(db, table, columns, rows, before="", then=""):
    """COPY rows into a table in one psql session, between the SQL {before} and {then} of that session."""
    data = "".join("\t".join("\\N" if v is None else str(v) for v in row) + "\n" for row in rows)
    script = f"{before}\ncopy {table} ({', '.join(columns)}) from stdin;\n{data}\\.\n{then}\n"
    cmd = [B.PSQL, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "localhost", "-p", str(B.PG_PORT), "-U", "postgres",
           "-d", db, "-f", "-"]
    r = subprocess.run(cmd, input=script, capture_output=True, text=True)
    if r.returncode:
        raise B.BenchError(f"copy into {db}.{table}: {r.stderr.strip()[-400:]}")


def write_history(run, rng):
    cases = cases_of(run)
    zones = dict(r.split("|") for r in B.psql("case_service", f"""
        select c.id, d.time_zone from collection_case c join debtor d on d.id = c.debtor_id
         where c.external_ref like 'DEMO-{run}-%'""").splitlines() if r)
    now = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)
    start = now - datetime.timedelta(days=HISTORY_DAYS + HISTORY_END_DAYS_AGO)
    attempt_rows, outcome_rows, delinquency_rows, state_rows = [], [], [], []
    hidden = {}
    notices = 0
    for case in cases:
        attempts, outcomes, delinquency, state = simulate(case, rng, start, zones)
        case_id, debtor_id = case[0], case[1]
        hidden[case_id] = state
        paid, dpd = state["paid"], state["dpd"]
        attempt_rows += [(case_id, debtor_id, "CALL", "OUTBOUND", "DEBTOR", at.isoformat(), outcome, "demo-collector",
                          "true", None) for at, outcome in attempts]
        # Regulation F: a validation notice was mailed when collection began, for all but a few US debtors (their
        # contacts stay blocked by US_REGF.VALIDATION_NOTICE, as they would be)
        if state["creditor"] == "DEMO-US" and rng.random() < VALIDATION_NOTICE_SHARE:
            notices += 1
            attempt_rows.append((case_id, debtor_id, "LETTER", "OUTBOUND", "DEBTOR",
                                 (start - datetime.timedelta(hours=12)).isoformat(), "DELIVERED", "demo-collector",
                                 "true", "VALIDATION_NOTICE"))
        outcome_rows += [(case_id, kind, amount, at.isoformat(), channel, "false",
                          "true" if channel else None, "demo-collector" if channel else None)
                         for at, kind, amount, channel in outcomes]
        delinquency_rows += [(case_id, on.isoformat(), d, b, now.isoformat()) for on, d, b in delinquency]
        state_rows.append((case_id, f"{paid:.2f}", dpd, bucket(dpd)))
    say(f"{notices:,} US debtors were sent the validation notice")
    say(f"history: {len(attempt_rows):,} attempts, {len(outcome_rows):,} outcomes, "
        f"{len(delinquency_rows):,} delinquency rows for {len(cases):,} cases")
    copy("contact_service", "attempt", ["case_id", "debtor_id", "channel", "direction", "person", "at", "outcome",
                                        "collector", "compliant", "purpose"], attempt_rows)
    copy("case_service", "case_outcome", ["case_id", "kind", "amount", "at", "channel", "inbound", "compliant",
                                          "actor"], outcome_rows)
    copy("case_service", "delinquency_history", ["case_id", "evaluated_on", "days_past_due", "bucket", "recorded_at"],
         delinquency_rows)
    # the cases as the history left them: opened before it began, paid what it paid, as far past due
    copy("case_service", "demo_case_state", ["case_id", "paid", "dpd", "bucket"], state_rows,
         before="create temporary table demo_case_state (case_id uuid primary key, paid numeric, dpd int, bucket text);",
         then=f"""
        update collection_case c set created_at = '{(start - datetime.timedelta(days=1)).isoformat()}',
               payments_received = v.paid, days_past_due = v.dpd, bucket = v.bucket,
               oldest_unpaid_date = current_date - v.dpd
          from demo_case_state v where c.id = v.case_id;""")
    return hidden


def wait_for_replica(timeout_s=1800):
    """contact-service learns of the imported cases from case-service's events; the plan needs them all."""
    count = int(B.psql("case_service", "select count(*) from collection_case where creditor_id like 'DEMO-%'"))
    deadline = time.monotonic() + timeout_s
    while True:
        seen = int(B.psql("contact_service", "select count(*) from contactability where creditor_id like 'DEMO-%'"))
        if seen >= count or time.monotonic() > deadline:
            say(f"contact-service knows {seen:,} of the {count:,} demo cases")
            return
        say(f"waiting for contact-service to learn of the demo cases: {seen:,} of {count:,}")
        time.sleep(15)


def plan_calls():
    """Plans the calls of the first day from tomorrow not planned yet (a day is planned once) and compares the learned
    times with the earliest permitted ones under the known model."""
    started = datetime.datetime.now(datetime.timezone.utc).isoformat()
    contact = B.Http(B.URL["contact-service"], B.token("supervisor"), timeout=3600)
    for ahead in range(1, 8):
        day = (datetime.datetime.now(datetime.timezone.utc).date() + datetime.timedelta(days=ahead)).isoformat()
        status, report = contact.request("POST", "/api/v1/daily-plans", body={"day": day, "channel": "CALL"})
        if status == 200:
            break
        if status != 409:
            raise B.BenchError(f"POST /api/v1/daily-plans answered {status}: {str(report)[:300]}")
    else:
        say("the calls of the next seven days are planned already; no plan made")
        return []
    say(f"CALL plan of {day}: {report['planned']:,} of {report['considered']:,} cases planned; "
        f"time chosen: {report.get('timeChoices')}; skipped: {report.get('skipped')}")
    rows = B.psql("contact_service", f"""
        select extract(hour from s.scheduled_at at time zone c.time_zone)::int, s.plan_reason like 'best hour%',
               s.case_id
          from contact_slot s join contactability c on c.case_id = s.case_id
         where s.created_at >= '{started}' and s.channel = 'CALL' and c.creditor_id like 'DEMO-%'""")
    learned = earliest = 0.0
    slots = 0
    planned = []
    for line in rows.splitlines():
        hour, moved, case_id = line.split("|")
        hour = int(hour)
        if hour not in ANSWER_BY_HOUR:
            continue
        planned.append((case_id, hour, 8 if moved == "t" else hour))
        slots += 1
        learned += ANSWER_BY_HOUR[hour]
        earliest += ANSWER_BY_HOUR[8] if moved == "t" else ANSWER_BY_HOUR[hour]
    if slots and earliest:
        say(f"under the demo's known answer rates: {learned / slots:.3f} conversations per planned call at the learned "
            f"times against {earliest / slots:.3f} at the earliest permitted times (x{learned / earliest:.2f}); "
            f"the same conversations, and so the same recovery, take {1 - earliest / learned:.0%} fewer calls")
    return planned


TEMPLATES = [{"code": "DEMO_REMINDER", "channel": "SMS", "language": "en",
              "body": "{{creditorId}}: {{amountDue}} is overdue on account {{caseReference}}. Please pay or call us."},
             {"code": "DEMO_REMINDER_US", "channel": "SMS", "language": "en", "rulePacks": ["US_REGF"],
              "body": "{{creditorId}}: {{amountDue}} is overdue on account {{caseReference}}. Please pay or call us. "
                      "{{optOutText}}"}]
LIKELY_PAYER_SHARE = 0.3


def likely_payer_score():
    """The score above which the best-scored LIKELY_PAYER_SHARE of the demo's open cases lie."""
    return int(B.psql("case_service", f"""
        select percentile_disc({1 - LIKELY_PAYER_SHARE}) within group (order by s.score)
          from case_score s join collection_case c on c.id = s.case_id
         where c.creditor_id like 'DEMO-%' and c.status in ('NEW', 'ACTIVE')""") or 1000)


def strategies(creditor, likely_score):
    """The demo's champion (call everyone every few days) and challenger (by score and bucket, messages first)."""
    template = "DEMO_REMINDER_US" if creditor == "DEMO-US" else "DEMO_REMINDER"

    def sms(days):
        return {"afterDays": days, "action": "MESSAGE", "channels": ["SMS"], "template": template}

    def call(days):
        return {"afterDays": days, "action": "CALL"}

    champion = {"creditorId": creditor, "name": "Call everyone", "segments": [
        {"name": "all", "path": [call(0), call(5), call(10), call(15)]}]}
    challenger = {"creditorId": creditor, "name": "Precise", "segments": [
        {"name": "likely-payers", "when": {"minScore": likely_score}, "path": [sms(0), sms(10)]},
        {"name": "long-overdue", "when": {"buckets": ["121-180", "181+"]},
         "path": [sms(0), {"afterDays": 14, "action": "PLACE", "agencyId": DEMO_AGENCY}]},
        {"name": "others", "path": [sms(0), call(2), call(7), call(14)]}]}
    return champion, challenger


DEMO_AGENCY = "DEMO-AGENCY"


def run_strategies(likely_score):
    """Puts each demo creditor's champion and challenger (50/50) in force and moves the cases onto their paths."""
    contact = B.Http(B.URL["contact-service"], B.token("supervisor"), timeout=600)
    for template in TEMPLATES:
        contact.expect((201, 409), "POST", "/api/v1/templates", body=template)
    admin = B.Http(B.URL["case-service"], B.token("admin"), timeout=7200)
    admin.expect((201, 409), "POST", "/api/v1/agencies", body={"id": DEMO_AGENCY, "name": "Demo agency",
                                                               "reason": "demo portfolio"})
    for creditor in (c[0] for c in CREDITORS):
        champion, challenger = (admin.expect(201, "POST", "/api/v1/treatment-strategies", body=s)
                                for s in strategies(creditor, likely_score))
        admin.expect(200, "PUT", f"/api/v1/strategy-experiments/{creditor}", body={
            "championId": champion["id"], "challengerId": challenger["id"], "challengerPercent": 50})
    t0 = time.monotonic()
    totals = admin.expect(200, "POST", "/api/v1/treatment-runs")
    say(f"treatment run in {time.monotonic() - t0:.0f} s: {totals['cases']:,} cases, {totals['entered']:,} entered a "
        f"path, {totals['steps']:,} steps taken")
    # contact-service answers at once, except for steps it holds until the debtor's next permitted hour
    waiting, deadline = -1, time.monotonic() + 900
    while time.monotonic() < deadline:
        time.sleep(15)
        now_waiting = int(B.psql("case_service", "select count(*) from treatment_step where status = 'REQUESTED'"))
        if now_waiting == waiting:
            break
        waiting = now_waiting
        say(f"{waiting:,} steps are with contact-service")
    say(f"{waiting:,} steps wait in contact-service for the debtor's next permitted hour")
    say("first steps by arm and segment:\n" + B.psql("case_service", """
        select t.arm, t.strategy_key || ' / ' || t.segment, s.action, s.status, count(*)
          from treatment_step s join case_treatment t on t.id = s.treatment_id
         where t.strategy_key like 'Call everyone%' or t.strategy_key like 'Precise%'
         group by 1, 2, 3, 4 order by 1, 2, 3, 4"""))


def wait_for_scores(timeout_s=1800):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        queued = int(B.psql("case_service", "select count(*) from score_request"))
        if queued == 0:
            return
        say(f"waiting for case-service to score the cases: {queued:,} queued")
        time.sleep(15)


def answer(hour, ability):
    return ANSWER_BY_HOUR[hour] * min(1.4, max(0.2, 0.6 + ability / 2))


def compare_policies(hidden, planned):
    """A month of the demo's known model, in expectation, for the cases the daily plan could call: every case called
    twice every ten days at the earliest permitted hour (the baseline), at the learned hour, and the precise policy —
    the best-scored cases get a message instead of calls (the model gives a message no effect), the rest are called at
    the learned hour. The precise policy leaves out the largest share of best-scored cases at which every creditor's
    expected recovery is still at least the baseline's."""
    scores = {k: int(v) for k, v in (r.split("|") for r in B.psql(
        "case_service", "select case_id, score from case_score").splitlines() if r)}
    cases = [(c, learned, earliest, hidden[c]) for c, learned, earliest in planned if c in hidden]
    ranked = sorted(cases, key=lambda row: -scores.get(row[0], 0))

    def month(hour_of):
        calls, recovery = 0, {}
        for case_id, learned, earliest, state in cases:
            hour = hour_of(case_id, learned, earliest)
            conversation = 0.0 if hour is None else 1 - (1 - answer(hour, state["ability"])) ** 2
            calls += 0 if hour is None else 6
            expected = 0.0
            for period in range(3):
                logit = (-1.3 + state["ability"] + 0.8 * state["recent"] + 0.5 * state["kept"] - 0.6 * state["broken"]
                         - (state["dpd"] + 10 * period) / 120 - 0.3 * math.log10(state["debt"])
                         + (0.7 if state["product"] == "CONSUMER_LOAN" else 0))
                expected += conversation * sigmoid(logit + 1) + (1 - conversation) * sigmoid(logit)
            recovery[state["creditor"]] = recovery.get(state["creditor"], 0.0) + expected * 0.08 * state["debt"]
        return calls, recovery

    base_calls, base = month(lambda c, learned, earliest: earliest)

    def report(name, calls, recovery):
        ratios = ", ".join(f"{c} x{recovery[c] / base[c]:.3f}" for c in sorted(recovery) if base.get(c))
        say(f"a month, {name}: {calls:,} calls ({calls / base_calls - 1:+.0%} against the baseline), expected "
            f"recovery against the baseline: {ratios}")

    report("everyone at the earliest permitted hour", base_calls, base)
    report("everyone at the learned hour", *month(lambda c, learned, earliest: learned))
    best = None
    for tenths in range(1, 10):
        skipped = {row[0] for row in ranked[:len(ranked) * tenths // 10]}
        calls, recovery = month(lambda c, learned, earliest: None if c in skipped else learned)
        if all(recovery[c] >= base[c] for c in base):
            best = (tenths, calls, recovery)
    if best:
        report(f"precise: the best-scored {best[0] * 10} % messaged, the rest called at the learned hour", *best[1:])


def main(argv):
    p = argparse.ArgumentParser(prog="bin/demo-data", description=__doc__.split("\n\n")[0])
    p.add_argument("--cases", type=int, default=100_000)
    p.add_argument("--seed", type=int, default=42)
    args = p.parse_args(argv)
    B.require_ready("case-service", "contact-service")
    rng = random.Random(args.seed)
    run = datetime.datetime.now().strftime("%m%d%H%M")
    work = B.ROOT / "target" / "demo"
    work.mkdir(parents=True, exist_ok=True)
    import_cases(run, args.cases, rng, work)
    hidden = write_history(run, rng)
    admin = B.Http(B.URL["case-service"], B.token("admin"), timeout=3600)
    for creditor in (c[0] for c in CREDITORS):
        card = admin.expect(201, "POST", "/api/v1/score-models", body={"creditorId": creditor})
        say(f"score model {creditor}@{card['version']}: {card['status']} — AUC {card['auc']} on "
            f"{card['holdoutSamples']:,} held-out observations (scorecard {card['scorecardAuc']})"
            + (f"; {card['statusReason']}" if card.get("statusReason") else ""))
    B.psql("case_service", "insert into score_request (case_id, requested_at) select id, now() from collection_case "
                           "where status <> 'CLOSED' on conflict do nothing")
    say("every open case is queued for scoring; case-service scores them in the background (a few minutes)")
    wait_for_replica()
    planned = plan_calls()
    wait_for_scores()
    if planned:
        compare_policies(hidden, planned)
    run_strategies(likely_payer_score())
    say("champion against challenger over the next weeks: GET /api/v1/strategy-experiments/DEMO-US/comparison")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
