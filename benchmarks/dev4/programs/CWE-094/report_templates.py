from jinja2.sandbox import SandboxedEnvironment
from jinja2 import StrictUndefined
from tornado.web import RequestHandler, Application
from tornado.ioloop import IOLoop

env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=True)

SALES = [
    {"region": "north", "total": 1200},
    {"region": "south", "total": 950},
]


class PreviewHandler(RequestHandler):
    def post(self):
        # customers write their own report layouts in the dashboard editor
        source = self.get_body_argument("template")
        try:
            tpl = env.from_string(source)
            out = tpl.render(sales=SALES)
        except Exception as exc:
            self.set_status(400)
            self.write({"error": type(exc).__name__})
            return
        self.write(out)


if __name__ == "__main__":
    Application([(r"/reports/preview", PreviewHandler)]).listen(8085)
    IOLoop.current().start()
