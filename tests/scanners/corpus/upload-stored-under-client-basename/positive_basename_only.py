"""Positive: a Starlette upload keeps its client name after basename only, so .htaccess or index.php are accepted."""
import os

from starlette.responses import JSONResponse


async def add_attachment(request):
    form = await request.form()
    incoming = form["file"]
    fname = os.path.basename(incoming.filename)
    dest = os.path.join("/srv/site/public/files", fname)
    with open(dest, "wb") as out:
        out.write(await incoming.read())
    return JSONResponse({"name": fname})
