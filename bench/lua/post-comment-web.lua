-- POST a comment through the web form, as a browser does: session cookie (BENCH_COOKIE) and
-- the form's CSRF token (BENCH_CSRF), to the path given to wrk
-- (/c/{slug}/discussions/{id}/comments). A comment that is stored is answered with a 302 to the
-- thread page; the form shown again (200) or anything else counts as unexpected.
local dir = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
local bench = dofile(dir .. "common.lua")

local csrf = os.getenv("BENCH_CSRF") or ""
local n = 0

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

setup = bench.setup

function request()
  n = n + 1
  local text = string.format("Benchmark comment %d from wrk thread %d. Which payment channel did you use for the "
    .. "**second** transfer, and how long did the grievance mechanism take to answer?", n, thread_id or 0)
  local body = "_csrf=" .. urlencode(csrf) .. "&replyTo=&body=" .. urlencode(text)
  return wrk.format("POST", nil, {
    ["Cookie"] = bench.cookie,
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Accept"] = "text/html",
    ["Accept-Language"] = "en",
  }, body)
end

response = bench.response
done = bench.done
