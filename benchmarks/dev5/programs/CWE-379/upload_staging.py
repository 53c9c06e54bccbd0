"""Staging area for chunked uploads before they are virus-scanned and moved to storage."""
import hashlib
import os
import shutil

from aiohttp import web

STAGING_ROOT = os.environ.get("STAGING_ROOT", "/var/tmp/uploads")


class Stager:
    def __init__(self, root: str):
        self.root = root
        old = os.umask(0)
        try:
            os.makedirs(root, mode=0o777, exist_ok=True)
        finally:
            os.umask(old)

    def chunk_path(self, upload_id: str, index: int) -> str:
        d = os.path.join(self.root, upload_id)
        os.makedirs(d, exist_ok=True)
        return os.path.join(d, f"{index:06d}.part")

    def assemble(self, upload_id: str, dest: str) -> str:
        d = os.path.join(self.root, upload_id)
        digest = hashlib.sha256()
        with open(dest, "wb") as out:
            for name in sorted(os.listdir(d)):
                with open(os.path.join(d, name), "rb") as part:
                    data = part.read()
                    digest.update(data)
                    out.write(data)
        shutil.rmtree(d)
        return digest.hexdigest()


stager = Stager(STAGING_ROOT)


async def put_chunk(request: web.Request) -> web.Response:
    upload_id = request.match_info["upload_id"]
    if not upload_id.isalnum():
        raise web.HTTPBadRequest()
    index = int(request.match_info["index"])
    with open(stager.chunk_path(upload_id, index), "wb") as fh:
        fh.write(await request.read())
    return web.json_response({"stored": index})


app = web.Application(client_max_size=8 * 1024 * 1024)
app.router.add_put("/uploads/{upload_id}/{index}", put_chunk)
