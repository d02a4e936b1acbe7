-- The requests of one bin/bench wrk run (bin/lib/bench.py starts wrk with this script). Arguments after "--" are
-- key=value words:
--   mode=     static | get-case | post-case | decision | payment | mixed
--   out=      file the results are written to as JSON when the run ends
--   tag=      makes this run's bodies, references and Idempotency-Keys unique (run id and phase, e.g. 1733-post)
--   tokens=   file with bearer tokens, one a line (a request picks one at random; none for "static")
--   cases=    file with case ids, one a line (get-case, decision, mixed)
--   plans=    file with "plan-id currency" lines (payment, mixed)
--   creditor= creditor of the cases post-case creates
--   unpaid=   their debts' oldest unpaid date (YYYY-MM-DD)
-- Every request is unique: a counter per thread plus the thread's number plus the tag. The script counts the
-- answers by status; post-case also keeps the externalRef of every 201, so that bench.py can check the database
-- against it (no lost or duplicated rows).
--
-- mixed is the collector workload: 70 % GET /api/v1/cases/{id}, 20 % POST /api/v1/contact-decisions, 10 % writes
-- (half case notes, half payments towards a plan), each with a random token of the file (one collector each).

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

local function lines(path)
  local list = {}
  if path and path ~= "" then
    for line in io.lines(path) do
      if line ~= "" then table.insert(list, line) end
    end
  end
  return list
end

function init(args)
  opts = {}
  for _, word in ipairs(args) do
    local key, value = word:match("^([%w_-]+)=(.*)$")
    if key then opts[key] = value end
  end
  mode = opts.mode or "static"
  tag = opts.tag or "bench"
  tokens = lines(opts.tokens)
  cases = lines(opts.cases)
  plans = {}
  for _, line in ipairs(lines(opts.plans)) do
    local id, currency = line:match("^(%S+)%s+(%S+)$")
    table.insert(plans, { id = id, currency = currency })
  end
  counter = 0
  sent = {}
  statuses = {}
  acked = {}
  samples = {}
  math.randomseed(os.time() * 100 + tid)
  local base = wrk.path
  static_path = (base and base ~= "") and base or "/"
end

local function headers(write)
  local h = { ["Accept"] = "application/json" }
  if #tokens > 0 then h["Authorization"] = "Bearer " .. tokens[math.random(#tokens)] end
  if write then
    h["Content-Type"] = "application/json"
    h["Idempotency-Key"] = tag .. "-" .. tid .. "-" .. counter
  end
  return h
end

local function count(kind)
  sent[kind] = (sent[kind] or 0) + 1
end

local function random_case()
  return cases[math.random(#cases)]
end

local jurisdictions = {
  { "CN", "Asia/Shanghai", "CNY" }, { "CN", "Asia/Shanghai", "CNY" },
  { "US", "America/New_York", "USD" }, { "US", "America/Chicago", "USD" }, { "UK", "Europe/London", "GBP" },
}

local function post_case()
  local ref = "R" .. tag .. "-" .. tid .. "-" .. counter
  local j = jurisdictions[1 + counter % #jurisdictions]
  local body = '{"creditorId":"' .. opts.creditor .. '","externalRef":"' .. ref .. '",'
    .. '"debtor":{"fullName":"Bench Debtor ' .. counter .. '",'
    .. '"nationalId":"N' .. tag .. '-' .. tid .. '-' .. counter .. '",'
    .. '"phones":["+86 139 ' .. string.format("%04d %04d", tid, counter % 10000) .. '"],'
    .. '"emails":["d' .. tid .. '.' .. counter .. '@example.org"],'
    .. '"timeZone":"' .. j[2] .. '","jurisdiction":"' .. j[1] .. '","preferredLanguage":"en"},'
    .. '"debts":[{"product":"CONSUMER_LOAN","principal":"' .. (100 + counter % 9000) .. '.00","interest":"12.00",'
    .. '"fees":"3.00","currency":"' .. j[3] .. '",'
    .. '"oldestUnpaidDate":"' .. opts.unpaid .. '"}]}'
  count("post-case")
  return wrk.format("POST", "/api/v1/cases", headers(true), body)
end

local function decision()
  count("decision")
  return wrk.format("POST", "/api/v1/contact-decisions", headers(true),
    '{"caseId":"' .. random_case() .. '","channel":"CALL"}')
end

local function payment()
  local plan = plans[math.random(#plans)]
  count("payment")
  return wrk.format("POST", "/api/v1/plans/" .. plan.id .. "/payments", headers(true),
    '{"amount":"0.01","currency":"' .. plan.currency .. '",'
    .. '"payerReference":"PAY-' .. tag .. '-' .. tid .. '-' .. counter .. '"}')
end

local function note()
  count("note")
  return wrk.format("POST", "/api/v1/cases/" .. random_case() .. "/notes", headers(true),
    '{"body":"Bench note ' .. tag .. '-' .. tid .. '-' .. counter .. ': debtor asked to be called back after 18:00"}')
end

local function get_case()
  count("get-case")
  return wrk.format("GET", "/api/v1/cases/" .. random_case(), headers(false))
end

function request()
  counter = counter + 1
  if mode == "get-case" then return get_case() end
  if mode == "post-case" then return post_case() end
  if mode == "decision" then return decision() end
  if mode == "payment" then return payment() end
  if mode == "mixed" then
    local r = math.random(100)
    if r <= 70 then return get_case() end
    if r <= 90 then return decision() end
    if counter % 2 == 0 then return note() end
    return payment()
  end
  count("static")
  return wrk.format("GET", static_path, headers(false))
end

function response(status, hdrs, body)
  statuses[status] = (statuses[status] or 0) + 1
  if (status < 200 or status > 299) and #samples < 3 then
    table.insert(samples, status .. " " .. (body or ""):sub(1, 400))
  end
  if mode == "post-case" and status == 201 and body then
    local ref = body:match('"externalRef"%s*:%s*"([^"]*)"')
    table.insert(acked, ref or "?")
  end
end

local function json_string(text)
  return '"' .. text:gsub('[%c"\\]', function(c) return string.format("\\u%04x", c:byte()) end) .. '"'
end

local function json_map(map)
  local parts = {}
  for k, v in pairs(map) do table.insert(parts, string.format('"%s":%d', tostring(k), v)) end
  return "{" .. table.concat(parts, ",") .. "}"
end

function done(summary, latency, requests)
  local all_statuses, all_sent, all_acked, all_samples = {}, {}, {}, {}
  local per_thread = {}
  for _, thread in ipairs(threads) do
    local t_sent = thread:get("sent") or {}
    local total = 0
    for k, v in pairs(thread:get("statuses") or {}) do all_statuses[k] = (all_statuses[k] or 0) + v end
    for k, v in pairs(t_sent) do
      all_sent[k] = (all_sent[k] or 0) + v
      total = total + v
    end
    for _, ref in ipairs(thread:get("acked") or {}) do table.insert(all_acked, json_string(ref)) end
    for _, sample in ipairs(thread:get("samples") or {}) do table.insert(all_samples, json_string(sample)) end
    table.insert(per_thread, string.format('"%d":%d', thread:get("tid"), thread:get("counter") or total))
  end
  local e = summary.errors
  -- done() runs in wrk's main Lua state, which never saw the arguments: take them from a thread
  local main_opts = threads[1]:get("opts") or {}
  local out = assert(io.open(main_opts.out or "/dev/stdout", "w"))
  out:write(string.format('{"requests":%d,"duration_us":%d,"bytes":%d,',
    summary.requests, summary.duration, summary.bytes))
  out:write(string.format('"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d},',
    e.connect, e.read, e.write, e.status, e.timeout))
  out:write(string.format('"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,"mean_us":%.1f,',
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
  out:write('"statuses":' .. json_map(all_statuses) .. ',"sent":' .. json_map(all_sent) .. ',')
  out:write('"sent_per_thread":{' .. table.concat(per_thread, ",") .. '},')
  out:write('"failed_answers":[' .. table.concat(all_samples, ",") .. '],')
  out:write('"acked":[' .. table.concat(all_acked, ",") .. ']}\n')
  out:close()
end
