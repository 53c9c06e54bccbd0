"""Negative: the helper replaces any value outside a fixed set before writing the header line."""
from urllib.parse import parse_qs

THEMES = {"light", "dark"}


def theme_head(theme):
    if theme not in THEMES:
        theme = "light"
    return f"HTTP/1.0 200 OK\r\nSet-Cookie: theme={theme}\r\n\r\n".encode()


def serve(conn):
    line = conn.recv(1024).decode("latin-1")
    theme = parse_qs(line.split(" ")[1].partition("?")[2]).get("theme", ["light"])[0]
    conn.sendall(theme_head(theme))
