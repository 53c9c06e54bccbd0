def parse_headers(raw: bytes) -> dict[str, str]:
    headers = {}
    parts = raw.split(b"\r\n")
    k = 0
    while True:
        if k >= len(parts) or not parts[k]:
            break
        line = parts[k].decode("latin-1")
        k += 1
        if ":" not in line:
            continue
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return headers


def serve(sock, handle):
    while True:
        conn, _ = sock.accept()
        if conn is None:
            continue
        handle(conn)
