-- A wrk script that sends, in turn, the paths listed one a line in the file $WRK_URLS, each
-- thread from its own offset in the list (used by bench/bench.sh and tests/lib/load.sh).
local paths = {}
for line in io.lines(os.getenv("WRK_URLS")) do paths[#paths + 1] = line end
local threads = 0
function setup(thread)
	threads = threads + 1
	thread:set("offset", threads * 7919)
end
local i = 0
request = function()
	i = i + 1
	return wrk.format("GET", paths[(i + (offset or 0)) % #paths + 1])
end
