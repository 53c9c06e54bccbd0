"""Minimal asyncio HTTP gateway serving files from object storage with a chosen filename."""
import asyncio
from urllib.parse import unquote

STORE = {"r1": b"report one", "r2": b"report two"}


def parse_request(head):
    request_line = head.split("\r\n", 1)[0]
    method, target, _ = request_line.split(" ", 2)
    path, _, qs = target.partition("?")
    params = {}
    for pair in qs.split("&"):
        if "=" in pair:
            k, v = pair.split("=", 1)
            params[unquote(k)] = unquote(v)
    return method, path, params


def build_headers(status, headers):
    lines = [f"HTTP/1.1 {status}"]
    for name, value in headers.items():
        lines.append(f"{name}: {value}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1", errors="replace")


async def handle(reader, writer):
    head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1")
    method, path, params = parse_request(head)
    key = path.rsplit("/", 1)[-1]
    body = STORE.get(key)
    if body is None:
        writer.write(build_headers("404 Not Found", {"Content-Length": "0"}))
    else:
        name = params.get("as", key + ".txt")
        writer.write(build_headers("200 OK", {
            "Content-Type": "application/octet-stream",
            "Content-Disposition": f'attachment; filename="{name}"',
            "Content-Length": str(len(body)),
        }) + body)
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "0.0.0.0", 8090)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
