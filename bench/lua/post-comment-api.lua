-- POST a comment through the API with a personal access token (BENCH_TOKEN) to the path
-- given to wrk (/api/v1/communities/{slug}/discussions/{id}/comments). Every request carries its
-- own Idempotency-Key (run nonce BENCH_NONCE, wrk thread, counter), so each one creates one
-- comment: an answer other than 201 (e.g. a replay, 422 or 500) counts as unexpected.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local bench = dofile(dir .. "common.lua")

local token = os.getenv("BENCH_TOKEN") or ""
local nonce = os.getenv("BENCH_NONCE") or tostring(os.time())
local n = 0

setup = bench.setup

function request()
  n = n + 1
  local body = string.format('{"body":"Benchmark comment %d from wrk thread %d over the API. Which payment channel '
    .. 'did you use for the **second** transfer?"}', n, thread_id or 0)
  return wrk.format("POST", nil, {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["Idempotency-Key"] = string.format("bench-%s-%d-%d", nonce, thread_id or 0, n),
  }, body)
end

response = bench.response
done = bench.done
