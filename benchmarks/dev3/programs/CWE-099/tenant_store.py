import sqlite3

from aiohttp import web

TENANT_DATABASES = {
    "acme": "/var/lib/app/acme.sqlite3",
    "globex": "/var/lib/app/globex.sqlite3",
}


def open_store(tenant):
    path = TENANT_DATABASES.get(tenant)
    if path is None:
        raise web.HTTPForbidden(text="unknown tenant")
    return sqlite3.connect(path)


async def list_projects(request: web.Request) -> web.Response:
    conn = open_store(request.headers.get("X-Tenant", ""))
    try:
        rows = conn.execute("SELECT id, title FROM projects ORDER BY id").fetchall()
    finally:
        conn.close()
    return web.json_response([{"id": r[0], "title": r[1]} for r in rows])


app = web.Application()
app.router.add_get("/projects", list_projects)

if __name__ == "__main__":
    web.run_app(app)
