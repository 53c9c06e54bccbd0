import tornado.ioloop
import tornado.web


class GreetingHandler(tornado.web.RequestHandler):
    def get(self):
        visitor = self.get_argument("name", "friend")
        self.set_header("Content-Type", "text/html")
        self.write("<html><body>")
        self.write("<h1>Welcome back, " + visitor + "!</h1>")
        self.write("</body></html>")


def make_app():
    return tornado.web.Application([(r"/welcome", GreetingHandler)])


if __name__ == "__main__":
    make_app().listen(8888)
    tornado.ioloop.IOLoop.current().start()
