import tornado.web


class SearchHandler(tornado.web.RequestHandler):
    async def get(self):
        owner = self.get_argument("owner")
        conds = ["this.owner == '%s'" % owner, "this.public == true"]
        expr = " || ".join(conds)
        docs = await self.settings["db"].files.find({"$where": expr}).to_list(50)
        self.write({"files": docs})
