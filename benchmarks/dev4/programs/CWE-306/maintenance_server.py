import json
import shutil
import subprocess
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

CACHE_DIR = "/var/cache/appsvc"


def clear_cache():
    shutil.rmtree(CACHE_DIR, ignore_errors=True)
    return {"cache": "cleared"}


def restart_workers():
    subprocess.run(["systemctl", "restart", "appsvc-worker"], check=True)
    return {"workers": "restarted"}


ACTIONS = {"/ops/clear-cache": clear_cache, "/ops/restart-workers": restart_workers}


class OpsHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/health":
            self._reply(200, {"status": "ok"})
        else:
            self._reply(404, {"error": "not found"})

    def do_POST(self):
        action = ACTIONS.get(self.path)
        if action is None:
            self._reply(404, {"error": "unknown action"})
            return
        try:
            self._reply(200, action())
        except subprocess.CalledProcessError as exc:
            self._reply(500, {"error": f"exit {exc.returncode}"})

    def _reply(self, code, body):
        data = json.dumps(body).encode()
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


if __name__ == "__main__":
    ThreadingHTTPServer(("0.0.0.0", 8088), OpsHandler).serve_forever()
