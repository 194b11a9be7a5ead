-- The request mix of bench/load.sh. Data (tokens, keys, ETags) comes from the file named by
-- LOAD_DATA, written by load.sh: one request template per line, "weight<TAB>method<TAB>path<TAB>headers<TAB>body".
-- Writes are spread over keys so that no two connections of a thread update the same row at once.

local templates = {}
local total = 0
local counter = 0
-- thread_id is set by setup() in each thread's own interpreter.
thread_id = 0
local thread_count = 1
local threads = {}

local function split(line, sep)
  local fields = {}
  for field in (line .. sep):gmatch("(.-)" .. sep) do table.insert(fields, field) end
  return fields
end

function setup(thread)
  thread:set("thread_id", #threads)
  table.insert(threads, thread)
end

function init(args)
  thread_count = tonumber(os.getenv("LOAD_THREADS") or "2")
  for line in io.lines(os.getenv("LOAD_DATA")) do
    local f = split(line, "\t")
    local headers = {}
    for pair in f[4]:gmatch("[^|]+") do
      local name, value = pair:match("^(.-):%s*(.*)$")
      headers[name] = value
    end
    local t = { weight = tonumber(f[1]), method = f[2], path = f[3], headers = headers, body = f[5] ~= "" and f[5] or nil,
                writer = f[2] == "PUT" }
    total = total + t.weight
    table.insert(templates, t)
  end
  math.randomseed(4242 + thread_id)
end

local writes = nil

function request()
  local pick = math.random() * total
  local chosen = templates[#templates]
  for _, t in ipairs(templates) do
    pick = pick - t.weight
    if pick <= 0 then chosen = t break end
  end
  if chosen.writer then
    -- Each thread takes its own share of the write templates, in turn.
    if writes == nil then
      writes = {}
      local n = 0
      for _, t in ipairs(templates) do
        if t.writer then
          n = n + 1
          if n % thread_count == thread_id then table.insert(writes, t) end
        end
      end
    end
    if #writes > 0 then
      counter = counter + 1
      chosen = writes[(counter % #writes) + 1]
    end
  end
  return wrk.format(chosen.method, chosen.path, chosen.headers, chosen.body)
end

function done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("RESULT requests=%d duration_s=%.1f rps=%.1f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f "
      .. "non2xx3xx=%d connect=%d read=%d write=%d timeouts=%d\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
      errors.status, errors.connect, errors.read, errors.write, errors.timeout))
end
