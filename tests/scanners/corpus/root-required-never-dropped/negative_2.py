"""Negative example for root-required-never-dropped: an unprivileged port needs no root."""

from http.server import HTTPServer, SimpleHTTPRequestHandler


def main():
    server = HTTPServer(("0.0.0.0", 8443), SimpleHTTPRequestHandler)
    server.serve_forever()


if __name__ == "__main__":
    main()
