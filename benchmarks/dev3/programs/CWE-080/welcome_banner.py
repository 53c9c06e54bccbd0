import tornado.ioloop
import tornado.web
from tornado.escape import xhtml_escape


class BannerHandler(tornado.web.RequestHandler):
    def get(self):
        visitor = self.get_argument("name", "friend")
        self.set_header("Content-Type", "text/html")
        self.write("<html><body><h1>Welcome back, %s!</h1></body></html>" % xhtml_escape(visitor))


if __name__ == "__main__":
    tornado.web.Application([(r"/banner", BannerHandler)]).listen(8889)
    tornado.ioloop.IOLoop.current().start()
