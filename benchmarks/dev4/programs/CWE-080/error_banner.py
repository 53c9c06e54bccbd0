from aiohttp import web


async def login_page(request):
    notice = request.query.get("notice", "")
    page = (
        "<html><head><title>Sign in</title></head><body>"
        "<div class='banner'>" + notice + "</div>"
        "<form method='post' action='/login'>"
        "<input name='user'><input type='password' name='pw'>"
        "<button>Sign in</button></form></body></html>"
    )
    return web.Response(text=page, content_type="text/html")


def build_app():
    app = web.Application()
    app.router.add_get("/login", login_page)
    return app


if __name__ == "__main__":
    web.run_app(build_app(), port=8082)
