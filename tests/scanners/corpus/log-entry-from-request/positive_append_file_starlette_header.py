"""Positive example for log-entry-from-request: a Starlette endpoint appends the User-Agent to a file."""

from starlette.responses import Response


async def download(request):
    slug = request.path_params["slug"]
    agent = request.headers.get("user-agent", "")
    with open("downloads.txt", "a", encoding="utf-8") as out:
        out.write(slug + "\t" + agent + "\n")
    return Response(status_code=204)
