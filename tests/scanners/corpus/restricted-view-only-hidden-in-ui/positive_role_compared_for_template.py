"""Positive example for restricted-view-only-hidden-in-ui: the role comparison only decides whether the
template shows the audit-log link; the audit-log route itself only checks that someone is signed in."""

from starlette.applications import Starlette
from starlette.responses import JSONResponse
from starlette.routing import Route
from starlette.templating import Jinja2Templates

from .audit import recent_events

templates = Jinja2Templates(directory="templates")


async def home(request):
    if "uid" not in request.session:
        return JSONResponse({"error": "login"}, status_code=401)
    return templates.TemplateResponse(
        request, "home.html", {"show_audit": request.session.get("role") == "auditor"}
    )


async def audit_log(request):
    if "uid" not in request.session:
        return JSONResponse({"error": "login"}, status_code=401)
    return JSONResponse({"events": recent_events(500)})


app = Starlette(routes=[Route("/", home), Route("/audit", audit_log)])
