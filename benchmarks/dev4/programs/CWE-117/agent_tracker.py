import datetime

import tornado.ioloop
import tornado.web

ACCESS_FILE = "clients.log"


class TrackHandler(tornado.web.RequestHandler):
    def record(self, entry):
        with open(ACCESS_FILE, "a", encoding="utf-8") as fh:
            fh.write(entry + "\n")

    def get(self, page):
        agent = self.request.headers.get("User-Agent", "-")
        ref = self.get_argument("ref", "direct")
        stamp = datetime.datetime.utcnow().isoformat()
        self.record("{} page={} ref={} agent={}".format(stamp, page, ref, agent))
        self.write({"page": page})


if __name__ == "__main__":
    tornado.web.Application([(r"/p/(\w+)", TrackHandler)]).listen(8086)
    tornado.ioloop.IOLoop.current().start()
