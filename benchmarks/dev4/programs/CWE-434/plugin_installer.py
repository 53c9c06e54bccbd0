"""Admin page handler that lets site owners drop in theme templates."""
import os

import tornado.ioloop
import tornado.template
import tornado.web

THEME_DIR = "/var/www/site/themes"


class ThemeUploadHandler(tornado.web.RequestHandler):
    def post(self):
        files = self.request.files.get("theme", [])
        saved = []
        for item in files:
            filename = item["filename"].replace("/", "_").replace("\\", "_")
            if filename.startswith("."):
                continue
            dest = os.path.join(THEME_DIR, filename)
            with open(dest, "wb") as fh:
                fh.write(item["body"])
            saved.append(filename)
        self.write({"saved": saved})


class PageHandler(tornado.web.RequestHandler):
    def get(self, theme, page):
        loader = tornado.template.Loader(os.path.join(THEME_DIR))
        self.write(loader.load(f"{theme}_{page}").generate(site="My Shop"))


def make_app():
    return tornado.web.Application([
        (r"/admin/themes", ThemeUploadHandler),
        (r"/page/(\w+)/(\w+\.html)", PageHandler),
        (r"/themes/(.*)", tornado.web.StaticFileHandler, {"path": THEME_DIR}),
    ])


if __name__ == "__main__":
    make_app().listen(8888)
    tornado.ioloop.IOLoop.current().start()
