-- POST a comment through the web form, as a browser does: a session cookie and that session's
-- form CSRF token, to the path given to wrk (/c/{slug}/discussions/{id}/comments).
-- BENCH_COOKIE holds one or more "PRAXIS_SESSION=..." and BENCH_CSRF the matching tokens, in the
-- same order, separated by spaces; each request takes the next pair. A comment that is stored is
-- answered with a 302 to the thread page; the form shown again (200) or anything else counts as
-- unexpected.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local bench = dofile(dir .. "common.lua")

local cookies, tokens = {}, {}
for c in string.gmatch(bench.cookie or "", "%S+") do table.insert(cookies, c) end
for t in string.gmatch(os.getenv("BENCH_CSRF") or "", "%S+") do table.insert(tokens, t) end
assert(#cookies > 0 and #cookies == #tokens, "BENCH_COOKIE and BENCH_CSRF must list as many sessions as tokens")
local n = 0

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

setup = bench.setup

function request()
  n = n + 1
  local i = ((n + (thread_id or 0)) % #cookies) + 1
  local text = string.format("Benchmark comment %d from wrk thread %d. Which payment channel did you use for the "
    .. "**second** transfer, and how long did the grievance mechanism take to answer?", n, thread_id or 0)
  local body = "_csrf=" .. urlencode(tokens[i]) .. "&replyTo=&body=" .. urlencode(text)
  return wrk.format("POST", nil, {
    ["Cookie"] = cookies[i],
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept"] = "text/html",
    ["Accept-Language"] = "en",
  }, body)
end

response = bench.response
done = bench.done
