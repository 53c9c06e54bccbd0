import socketserver

SETTINGS = {"threshold": 10, "channels": ["a", "b"], "enabled": True}


def coerce(raw):
    # allow numbers, lists and booleans to be sent in plain Python syntax
    return eval(raw, {"__builtins__": None}, {})


class SettingsHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            text = line.decode().strip()
            if not text or "=" not in text:
                continue
            key, raw = text.split("=", 1)
            try:
                SETTINGS[key.strip()] = coerce(raw.strip())
                self.wfile.write(b"ok\n")
            except Exception:
                self.wfile.write(b"error\n")


if __name__ == "__main__":
    with socketserver.ThreadingTCPServer(("0.0.0.0", 9300), SettingsHandler) as srv:
        srv.serve_forever()
