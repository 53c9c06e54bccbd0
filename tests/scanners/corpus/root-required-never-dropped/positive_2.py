"""Positive example for root-required-never-dropped: a privileged port is bound and root is kept."""

from http.server import HTTPServer, SimpleHTTPRequestHandler


def main():
    server = HTTPServer(("0.0.0.0", 443), SimpleHTTPRequestHandler)
    server.serve_forever()


if __name__ == "__main__":
    main()
