import xml.etree.ElementTree as ET

from aiohttp import web

POSTS = []


async def add_post(request):
    data = await request.post()
    POSTS.append({"title": data.get("title", ""), "link": data.get("link", ""),
                  "summary": data.get("summary", "")})
    return web.json_response({"posts": len(POSTS)})


def build_feed(posts):
    rss = ET.Element("rss", version="2.0")
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = "Community posts"
    for post in posts:
        item = ET.SubElement(channel, "item")
        for key in ("title", "link", "summary"):
            ET.SubElement(item, "description" if key == "summary" else key).text = post[key]
    return ET.tostring(rss, encoding="unicode")


async def feed(request):
    return web.Response(text=build_feed(POSTS), content_type="application/rss+xml")


app = web.Application()
app.add_routes([web.post("/posts", add_post), web.get("/feed.xml", feed)])

if __name__ == "__main__":
    web.run_app(app, port=8083)
