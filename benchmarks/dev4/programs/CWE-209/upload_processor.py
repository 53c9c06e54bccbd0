import os

from aiohttp import web

STORAGE = "/srv/uploads/incoming"


async def upload(request):
    reader = await request.multipart()
    field = await reader.next()
    target = os.path.join(STORAGE, os.path.basename(field.filename or "upload.bin"))
    try:
        with open(target, "wb") as fh:
            while chunk := await field.read_chunk():
                fh.write(chunk)
    except OSError as err:
        msg = (f"could not write {target}: [{err.errno}] {err.strerror}; "
               f"uid={os.getuid()} cwd={os.getcwd()}")
        return web.Response(status=500, text=msg)
    return web.json_response({"stored": os.path.basename(target)})


app = web.Application()
app.router.add_post("/upload", upload)

if __name__ == "__main__":
    web.run_app(app)
