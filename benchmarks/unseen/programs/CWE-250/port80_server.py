import os
import socketserver
from http.server import SimpleHTTPRequestHandler

PORT = 80
ROOT = "/srv/public"


def main():
    if os.geteuid() != 0:
        raise SystemExit("run me as root to bind port 80")
    os.chdir(ROOT)
    with socketserver.TCPServer(("", PORT), SimpleHTTPRequestHandler) as httpd:
        print(f"serving {ROOT} on :{PORT}")
        httpd.serve_forever()


if __name__ == "__main__":
    main()
