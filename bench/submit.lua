-- wrk script for bench/declarations-submit: every request lodges a new declaration (its own LRN), so each one is a
-- real insert (validate, store, register, outbox, audit). wrk is written in C, so the load generator takes little of
-- the CPU the service and PostgreSQL share on a small machine.
--
--   TOKEN=... TAX_ID=... TODAY=YYYY-MM-DD RUN=<unique> wrk -t2 -c8 -d30s -s bench/submit.lua URL

local threads = {}
local counter = 0

function setup(thread)
  thread:set("thread_id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  run = os.getenv("RUN")
  today = os.getenv("TODAY")
  tax_id = os.getenv("TAX_ID")
  wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
  wrk.headers["Content-Type"] = "application/json"
  wrk.method = "POST"
  head = '{"lrn":"'
  tail = '","flow":"IMPORT","procedureCode":"A11","gateCode":"HUU_NGHI","submissionChannel":"ELECTRONIC",'
    .. '"declarant":{"taxId":"' .. tax_id .. '","name":"Công ty TNHH Thương mại Đồng Đăng"},'
    .. '"counterparty":{"name":"Pingxiang Trading Co.","country":"CN"},'
    .. '"transport":{"mode":"ROAD","meansId":"12C-34567","arrivalDate":"' .. today .. '"},'
    .. '"invoice":{"number":"INV-1","date":"' .. today .. '","currency":"USD","amount":1000.00,'
    .. '"exchangeRateVnd":25000,"usdRateVnd":25000,"incoterm":"DAP"},'
    .. '"items":[{"hsCode":"08109094","description":"Quả thanh long tươi","originCountry":"CN",'
    .. '"quantity":2000,"unit":"KGM","netMassKg":2000,"customsValue":1000.00}]}'
end

function request()
  counter = counter + 1
  return wrk.format(nil, nil, nil, head .. "W" .. run .. "-" .. thread_id .. "-" .. counter .. tail)
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local failed = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout
  io.write(string.format("requests=%d errors=%d throughput=%.1f/s p50=%.1fms p99=%.1fms max=%.1fms\n",
    summary.requests, failed, (summary.requests - failed) / seconds, latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
