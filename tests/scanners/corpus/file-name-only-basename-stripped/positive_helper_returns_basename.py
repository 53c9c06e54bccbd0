import ntpath
import os

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route

SHARE = "/srv/share/incoming"


def client_name(raw):
    # Windows browsers send C:\\path\\file.txt
    return ntpath.basename(raw)


async def put_file(request):
    form = await request.form()
    upload = form["doc"]
    stored = os.path.join(SHARE, client_name(upload.filename))
    with open(stored, "wb") as out:
        out.write(await upload.read())
    return JSONResponse({"stored": stored})


app = Starlette(routes=[Route("/files", put_file, methods=["PUT"])])
