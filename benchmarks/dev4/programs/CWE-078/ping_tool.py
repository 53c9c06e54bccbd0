import os
import tornado.ioloop
import tornado.web


class PingHandler(tornado.web.RequestHandler):
    def get(self):
        host = self.get_argument("host")
        count = self.get_argument("count", "3")
        stream = os.popen("ping -c %s %s" % (count, host))
        output = stream.read()
        stream.close()
        self.set_header("Content-Type", "text/plain")
        self.write(output)


def make_app():
    return tornado.web.Application([(r"/diag/ping", PingHandler)])


if __name__ == "__main__":
    make_app().listen(8888)
    tornado.ioloop.IOLoop.current().start()
