import subprocess

import tornado.ioloop
import tornado.web

FORBIDDEN = [";", "&&", "|"]


class Mirror:
    def __init__(self, workdir):
        self.workdir = workdir
        self.branch = "main"

    def set_branch(self, branch):
        for token in FORBIDDEN:
            if token in branch:
                raise ValueError("invalid branch")
        self.branch = branch

    def sync(self):
        cmd = "git -C {} fetch origin {} && git -C {} checkout {}".format(
            self.workdir, self.branch, self.workdir, self.branch
        )
        return subprocess.run(cmd, shell=True, capture_output=True, text=True)


MIRROR = Mirror("/srv/mirror")


class SyncHandler(tornado.web.RequestHandler):
    def post(self):
        try:
            MIRROR.set_branch(self.get_body_argument("branch"))
        except ValueError as exc:
            self.set_status(400)
            self.write({"error": str(exc)})
            return
        result = MIRROR.sync()
        self.write({"rc": result.returncode, "stdout": result.stdout})


if __name__ == "__main__":
    tornado.web.Application([(r"/sync", SyncHandler)]).listen(8888)
    tornado.ioloop.IOLoop.current().start()
