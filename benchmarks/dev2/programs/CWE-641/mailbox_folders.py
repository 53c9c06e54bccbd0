import os
import pathlib

from aiohttp import web

MAIL_ROOT = pathlib.Path(os.environ.get("MAIL_ROOT", "/var/mail/store"))


class FolderService:
    def __init__(self, root: pathlib.Path):
        self.root = root

    def user_dir(self, user):
        return self.root / user

    def create(self, user, folder_name):
        name = folder_name.replace("/", "_")
        path = self.user_dir(user) / name
        path.mkdir(parents=True, exist_ok=True)
        return name

    def list(self, user):
        return sorted(p.name for p in self.user_dir(user).iterdir() if p.is_dir())


service = FolderService(MAIL_ROOT)


async def create_folder(request):
    user = request["user"]
    body = await request.json()
    name = service.create(user, body["name"])
    return web.json_response({"created": name})


async def list_folders(request):
    return web.json_response(service.list(request["user"]))


@web.middleware
async def auth(request, handler):
    request["user"] = request.headers.get("X-Authenticated-User", "anonymous")
    return await handler(request)


app = web.Application(middlewares=[auth])
app.add_routes([web.post("/folders", create_folder), web.get("/folders", list_folders)])

if __name__ == "__main__":
    web.run_app(app)
