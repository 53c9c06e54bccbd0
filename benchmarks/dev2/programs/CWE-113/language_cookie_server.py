import asyncio
from urllib.parse import unquote


class LanguagePreference:
    def __init__(self, request_line):
        _method, target, _version = request_line.split(" ", 2)
        self.lang = "en"
        if "?" in target:
            for pair in target.split("?", 1)[1].split("&"):
                key, _, value = pair.partition("=")
                if key == "lang":
                    self.lang = unquote(value)

    def header_block(self):
        return (
            "HTTP/1.1 200 OK\r\n"
            "Content-Type: text/plain\r\n"
            f"Set-Cookie: lang={self.lang}; Path=/\r\n"
            "Content-Length: 3\r\n\r\n"
        )


async def handle(reader, writer):
    request_line = (await reader.readline()).decode("latin-1").strip()
    while (await reader.readline()) not in (b"\r\n", b""):
        pass
    pref = LanguagePreference(request_line)
    writer.write(pref.header_block().encode("latin-1") + b"ok\n")
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(handle, "0.0.0.0", 8090)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
