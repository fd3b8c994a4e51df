#!/usr/bin/env python3
"""fcgi_close.py SOCKET CASE PATH: one FastCGI exchange with a program's workers, as a web
server that keeps its connection (FCGI_KEEP_CONN) and never closes first, then prints what
the worker did after its response, one line:

  <status> <end> <closed>   the HTTP status, "end" when FCGI_END_REQUEST came, and
                            "closed" when the worker closed the connection within 1 s
                            ("open" when it did not, "reset" when it reset it)

CASE is "get" (a GET of PATH), "unread" (a POST to PATH announcing a body larger than the
program reads, only part of it sent: the worker answers 413 with input left unread) or
"streamed" (a chunked POST to PATH without a length, none of its body sent yet: the worker
answers 411 and must not wait for the body's end before its FCGI_END_REQUEST)."""
import socket
import struct
import sys

BEGIN, END, PARAMS, STDIN, STDOUT = 1, 3, 4, 5, 6


def record(kind, rid, body=b""):
    return struct.pack(">BBHHBB", 1, kind, rid, len(body), 0, 0) + body


def pair(name, value):
    def length(n):
        return bytes([n]) if n < 128 else struct.pack(">I", n | 0x80000000)
    name, value = name.encode(), value.encode()
    return length(len(name)) + length(len(value)) + name + value


def request(rid, method, path, length=None, chunked=False):
    env = {"REQUEST_METHOD": method, "REQUEST_URI": path, "QUERY_STRING": "",
           "DOCUMENT_URI": path, "SCRIPT_NAME": path, "SERVER_PROTOCOL": "HTTP/1.1",
           "REQUEST_SCHEME": "http", "GATEWAY_INTERFACE": "CGI/1.1",
           "REMOTE_ADDR": "127.0.0.1", "SERVER_NAME": "localhost", "SERVER_PORT": "80",
           "HTTP_HOST": "localhost"}
    if chunked:
        env["HTTP_TRANSFER_ENCODING"] = "chunked"
    if length is not None:
        env["CONTENT_LENGTH"] = str(length)
        env["CONTENT_TYPE"] = "application/x-www-form-urlencoded"
    params = b"".join(pair(k, v) for k, v in env.items())
    out = record(BEGIN, rid, struct.pack(">HB5x", 1, 1)) + record(PARAMS, rid, params)
    return out + record(PARAMS, rid)


def responses(sock, count):
    """Reads count responses; yields the HTTP status of each."""
    buf, out, ended = b"", {}, 0
    while ended < count:
        while len(buf) < 8:
            chunk = sock.recv(65536)
            if not chunk:
                return
            buf += chunk
        _, kind, rid, clen, plen, _ = struct.unpack(">BBHHBB", buf[:8])
        while len(buf) < 8 + clen + plen:
            chunk = sock.recv(65536)
            if not chunk:
                return
            buf += chunk
        body, buf = buf[8:8 + clen], buf[8 + clen + plen:]
        if kind == STDOUT:
            out[rid] = out.get(rid, b"") + body
        elif kind == END:
            ended += 1
            head = out.get(rid, b"").split(b"\r\n", 1)[0].decode("latin-1")
            status = head.split()[1] if head.startswith("Status:") else "200"
            yield status


def closed(sock):
    sock.settimeout(1.0)
    try:
        return "closed" if sock.recv(1) == b"" else "data"
    except socket.timeout:
        return "open"
    except ConnectionResetError:
        return "reset"


def main():
    path, case, page = sys.argv[1], sys.argv[2], sys.argv[3]
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(10)
    sock.connect(path)
    if case == "get":
        sock.sendall(request(1, "GET", page) + record(STDIN, 1))
        count = 1
    elif case == "unread":
        sock.sendall(request(1, "POST", page, 64 << 20) + record(STDIN, 1, b"x" * 10000))
        count = 1
    else:
        sock.sendall(request(1, "POST", page, chunked=True))
        count = 1
    statuses = []
    try:
        for status in responses(sock, count):
            statuses.append(status)
    except socket.timeout:
        pass    # no FCGI_END_REQUEST within 10 s: printed as "short"
    for status in statuses:
        print(status, "end", end=" ")
    print(closed(sock) if len(statuses) == count else "short")


main()
