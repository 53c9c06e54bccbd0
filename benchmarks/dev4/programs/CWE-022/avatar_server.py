from pathlib import Path
from aiohttp import web

AVATAR_ROOT = Path("/var/lib/app/avatars").resolve()


def locate(user_file):
    candidate = (AVATAR_ROOT / user_file).resolve()
    if not candidate.is_relative_to(AVATAR_ROOT):
        return None
    return candidate


async def get_avatar(request):
    filename = request.match_info["filename"]
    path = locate(filename)
    if path is None or not path.is_file():
        raise web.HTTPNotFound()
    return web.FileResponse(path)


app = web.Application()
app.router.add_get("/avatars/{filename}", get_avatar)

if __name__ == "__main__":
    web.run_app(app, port=8081)
