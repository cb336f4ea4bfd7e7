-- wrk script for signed webhook ingest (driven by dev.glyphic.bench.WebhookIngestBench, see docs/benchmarks.md).
--
--   wrk -t2 -c32 -d20s -s bench/webhooks.lua http://127.0.0.1:PORT -- requests.tsv DELAY_MS
--
-- Each wrk thread sends its own share of pre-signed requests (requests.tsv.<thread>, one per line:
-- path TAB webhook-id TAB webhook-timestamp TAB webhook-signature TAB body), so no message id is sent twice. Each
-- connection waits DELAY_MS between its requests, which holds the offered rate near connections * 1000 / DELAY_MS
-- while answers are fast; wrk is a closed loop, so the rate it reached is reported beside the one offered.

local threads = {}
local counter = 0

function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local requests = {}
local next_request = 0
local delay_ms = 0

function init(args)
  local file = args[1]
  delay_ms = tonumber(args[2])
  for line in io.lines(file .. "." .. index) do
    local path, id, timestamp, signature, body = line:match("^([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)$")
    requests[#requests + 1] = wrk.format("POST", path, {
      ["Content-Type"] = "application/json",
      ["webhook-id"] = id,
      ["webhook-timestamp"] = timestamp,
      ["webhook-signature"] = signature,
    }, body)
  end
end

function request()
  next_request = next_request + 1
  if next_request > #requests then
    -- Out of fresh ids: repeats would be answered from the dedupe table, so the run must be sized to avoid this.
    next_request = 1
    wrapped = true
  end
  return requests[next_request]
end

function delay()
  return delay_ms
end

function done(summary, latency, requests)
  local wrapped = false
  for _, thread in ipairs(threads) do
    if thread:get("wrapped") then wrapped = true end
  end
  -- One machine-readable line for the bench; latencies in microseconds.
  io.write(string.format("RESULT requests=%d duration_us=%d non2xx=%d errors=%d p50=%d p90=%d p99=%d max=%d wrapped=%s\n",
    summary.requests, summary.duration, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, tostring(wrapped)))
end
