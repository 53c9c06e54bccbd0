import http.server
import os
import socketserver
import sys

WEB_ROOT = "/srv/www/public"
PORT = 80


class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=WEB_ROOT, **kwargs)


def main():
    if os.geteuid() != 0:
        sys.exit("must be started as root to bind port 80")
    with socketserver.ThreadingTCPServer(("0.0.0.0", PORT), Handler) as httpd:
        print(f"serving {WEB_ROOT} on :{PORT} as uid {os.getuid()}")
        httpd.serve_forever()


if __name__ == "__main__":
    main()
