"""Positive: a helper writes its parameter into a raw Location line; the socket handler passes it an unquoted value."""
from urllib.parse import unquote


def redirect_head(dest):
    return f"HTTP/1.0 302 Found\r\nLocation: {dest}\r\n\r\n".encode()


def serve(conn):
    line = conn.recv(1024).decode("latin-1")
    dest = unquote(line.split(" ")[1].partition("?next=")[2])
    conn.sendall(redirect_head(dest))
