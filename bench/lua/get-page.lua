-- GET one page (the URL given to wrk), as a signed-in member when BENCH_COOKIE is set
-- ("PRAXIS_SESSION=..."), anonymously otherwise. Counts answers other than
-- BENCH_EXPECT_STATUS (default 200), or without BENCH_EXPECT_TEXT in the body, as unexpected.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local bench = dofile(dir .. "common.lua")

wrk.method = "GET"
wrk.headers["Accept"] = "text/html"
wrk.headers["Accept-Language"] = "en"
if bench.cookie then
  wrk.headers["Cookie"] = bench.cookie
end

setup = bench.setup
response = bench.response
done = bench.done
