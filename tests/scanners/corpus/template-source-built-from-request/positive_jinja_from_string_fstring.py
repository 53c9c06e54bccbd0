"""Positive: a query parameter is formatted into Jinja template source passed to Environment.from_string (SSTI)."""
from jinja2 import Environment
from starlette.applications import Starlette
from starlette.responses import HTMLResponse
from starlette.routing import Route

env = Environment(autoescape=True)


async def welcome(request):
    who = request.query_params.get("who", "guest")
    page = env.from_string(f"<h2>Welcome back, {who}!</h2>{{{{ banner }}}}")
    return HTMLResponse(page.render(banner="Have a nice day"))


app = Starlette(routes=[Route("/welcome", welcome)])
