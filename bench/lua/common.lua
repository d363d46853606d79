-- Shared by the bench/lua scenario scripts (loaded with dofile from the same folder).
--
-- Each wrk thread runs its own Lua state: response() counts, per thread, the answers that are
-- not what the scenario expects (BENCH_EXPECT_STATUS, e.g. 200 for a page, 302 for the web
-- form, 201 for the API), and done(), in the main state, adds them up and prints the
-- percentiles and one machine-readable line that bench/run reads:
--   BENCH-RESULT requests=.. duration_s=.. rps=.. p50_ms=.. p90_ms=.. p99_ms=.. max_ms=.. http_errors=.. socket_errors=.. unexpected=..
-- (http_errors: wrk's own count of answers with status >= 400; unexpected: answers whose status
-- is not the expected one, or whose body lacks BENCH_EXPECT_TEXT when that is set.)

local M = {}

M.expect_status = tonumber(os.getenv("BENCH_EXPECT_STATUS") or "200")
M.expect_text = os.getenv("BENCH_EXPECT_TEXT")
if M.expect_text == "" then M.expect_text = nil end
M.cookie = os.getenv("BENCH_COOKIE")
if M.cookie == "" then M.cookie = nil end

local threads = {}
local counter = 0

function M.setup(thread)
  counter = counter + 1
  thread:set("thread_id", counter)
  table.insert(threads, thread)
end

-- Per-thread globals (each thread has its own Lua state).
unexpected = 0
first_unexpected = nil

function M.response(status, headers, body)
  local ok = status == M.expect_status
  if ok and M.expect_text ~= nil then
    ok = body ~= nil and string.find(body, M.expect_text, 1, true) ~= nil
  end
  if not ok then
    unexpected = unexpected + 1
    if first_unexpected == nil then
      first_unexpected = tostring(status) .. " " .. (headers["Location"] or headers["location"] or "")
    end
  end
end

function M.done(summary, latency, requests)
  local bad, sample = 0, nil
  for _, t in ipairs(threads) do
    bad = bad + (t:get("unexpected") or 0)
    sample = sample or t:get("first_unexpected")
  end
  local e = summary.errors
  local socket_errors = e.connect + e.read + e.write + e.timeout
  local seconds = summary.duration / 1e6
  local rps = summary.requests / seconds
  local function ms(us) return us / 1000.0 end
  io.write(string.format("  latency percentiles: p50 %.2f ms, p75 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms\n",
    ms(latency:percentile(50)), ms(latency:percentile(75)), ms(latency:percentile(90)),
    ms(latency:percentile(99)), ms(latency:percentile(99.9)), ms(latency.max)))
  io.write(string.format("  socket errors: connect %d, read %d, write %d, timeout %d; status >= 400: %d; unexpected answers: %d%s\n",
    e.connect, e.read, e.write, e.timeout, e.status, bad, sample and (" (first: " .. sample .. ")") or ""))
  io.write(string.format("BENCH-RESULT requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.2f http_errors=%d socket_errors=%d unexpected=%d\n",
    summary.requests, seconds, rps, ms(latency:percentile(50)), ms(latency:percentile(90)),
    ms(latency:percentile(99)), ms(latency.max), e.status, socket_errors, bad))
end

return M
