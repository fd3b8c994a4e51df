#!/usr/bin/env python3
"""fcgi_close.py SOCKET CASE PATH: one FastCGI exchange with a program's workers, as a web
server that keeps its connection (FCGI_KEEP_CONN) and never closes first, then prints what
the worker did after its response, one line:

  <status> <end> <closed>   the HTTP status, "end" when FCGI_END_REQUEST came, and
                            "closed" when the worker closed the connection within 1 s
                            ("open" when it did not, "reset" when it reset it);
  short                     when no FCGI_END_REQUEST came (within 10 s, or before a close)

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


def response(sock):
    """Reads one response up to its FCGI_END_REQUEST; its HTTP status, or None when the
    worker closed the connection first."""
    buf, out = b"", b""

    def need(n):
        nonlocal buf
        while len(buf) < n:
            chunk = sock.recv(65536)
            if not chunk:
                return False
            buf += chunk
        return True

    while need(8):
        _, kind, _, clen, plen, _ = struct.unpack(">BBHHBB", buf[:8])
        if not need(8 + clen + plen):
            break
        body, buf = buf[8:8 + clen], buf[8 + clen + plen:]
        if kind == STDOUT:
            out += body
        elif kind == END:
            head = out.split(b"\r\n", 1)[0].decode("latin-1")
            return head.split()[1] if head.startswith("Status:") else "200"
    return None


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
    elif case == "unread":
        sock.sendall(request(1, "POST", page, 64 << 20) + record(STDIN, 1, b"x" * 10000))
    else:
        sock.sendall(request(1, "POST", page, chunked=True))
    try:
        status = response(sock)
    except socket.timeout:
        status = None   # no FCGI_END_REQUEST within 10 s
    print(f"{status} end {closed(sock)}" if status else "short")


main()
