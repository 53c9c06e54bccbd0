from aiohttp import web

MESSAGES = []


def strip_scripts(text):
    return text.replace("<script>", "").replace("</script>", "")


async def post_message(request):
    data = await request.post()
    MESSAGES.append({"nick": strip_scripts(data.get("nick", "")),
                     "text": strip_scripts(data.get("text", ""))})
    raise web.HTTPSeeOther("/transcript")


async def transcript(request):
    lines = [f"<p><span class='nick'>{m['nick']}</span> {m['text']}</p>" for m in MESSAGES]
    page = "<html><body><h1>Transcript</h1>" + "".join(lines) + "</body></html>"
    return web.Response(text=page, content_type="text/html")


app = web.Application()
app.add_routes([web.post("/messages", post_message), web.get("/transcript", transcript)])

if __name__ == "__main__":
    web.run_app(app, port=8081)
