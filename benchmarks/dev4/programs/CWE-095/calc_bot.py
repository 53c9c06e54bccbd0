import socketserver


class CalcHandler(socketserver.StreamRequestHandler):
    """Line-based calculator used by the chat bot: send '2*(3+4)', get '14'."""

    def handle(self):
        self.wfile.write(b"calc ready\n")
        for raw in self.rfile:
            expr = raw.decode("utf-8", "replace").strip()
            if expr in ("quit", "exit"):
                break
            try:
                result = eval(expr, {"__builtins__": {}}, {})
            except Exception as exc:
                result = f"error: {exc}"
            self.wfile.write(f"{result}\n".encode())


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 7070), CalcHandler) as server:
        server.serve_forever()
