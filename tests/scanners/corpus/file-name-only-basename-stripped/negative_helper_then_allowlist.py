import os
import re

from starlette.responses import JSONResponse

SHARE = "/srv/share/incoming"
_OK = re.compile(r"[a-z0-9][a-z0-9_-]{0,40}\.(txt|csv)")


def client_name(raw):
    return os.path.basename(raw)


async def put_file(request):
    form = await request.form()
    upload = form["doc"]
    name = client_name(upload.filename)
    if not _OK.fullmatch(name):
        return JSONResponse({"error": "bad name"}, status_code=400)
    with open(os.path.join(SHARE, name), "wb") as out:
        out.write(await upload.read())
    return JSONResponse({"stored": name})
