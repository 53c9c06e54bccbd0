import socketserver
import marshal
import types


class TaskHandler(socketserver.StreamRequestHandler):
    def handle(self):
        size = int(self.rfile.readline())
        payload = self.rfile.read(size)
        code = marshal.loads(payload)
        func = types.FunctionType(code, {})
        result = func()
        self.wfile.write(repr(result).encode() + b"\n")


if __name__ == "__main__":
    with socketserver.TCPServer(("0.0.0.0", 7100), TaskHandler) as srv:
        srv.serve_forever()
