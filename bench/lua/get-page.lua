-- GET one page (the URL given to wrk), as signed-in members when BENCH_COOKIE is set, anonymously
-- otherwise. BENCH_COOKIE holds one or more "PRAXIS_SESSION=..." separated by spaces: each
-- request takes the next one (each wrk thread starting at a different one), so that the
-- connections are several members' browsers rather than one member's 32 tabs. Counts answers
-- other than BENCH_EXPECT_STATUS (default 200), or without BENCH_EXPECT_TEXT in the body, as
-- unexpected. With BENCH_TOKEN, each request carries it as a bearer token and asks for JSON (the
-- API) instead.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local bench = dofile(dir .. "common.lua")

local cookies = {}
for c in string.gmatch(bench.cookie or "", "%S+") do
  table.insert(cookies, c)
end
local n = 0
local headers = { ["Accept"] = "text/html", ["Accept-Language"] = "en" }
local token = os.getenv("BENCH_TOKEN") or ""
if token ~= "" then
  headers["Accept"] = "application/json"
  headers["Authorization"] = "Bearer " .. token
end

setup = bench.setup

function request()
  if #cookies > 0 then
    n = n + 1
    headers["Cookie"] = cookies[((n + (thread_id or 0)) % #cookies) + 1]
  end
  return wrk.format("GET", nil, headers)
end

response = bench.response
done = bench.done
