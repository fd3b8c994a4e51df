-- wrk -s bench/latency.lua: at the end of the run, writes every latency wrk recorded to the
-- file named by WRK_HIST, one line a distinct value: microseconds and how many requests took
-- them. bench/peer/peer.sh adds the rounds of one side up, for the p99 of all their requests.
done = function(summary, latency, requests)
  local f = assert(io.open(os.getenv("WRK_HIST"), "w"))
  for i = 1, #latency do
    local us, count = latency(i)
    f:write(string.format("%d %d\n", us, count))
  end
  f:close()
end
