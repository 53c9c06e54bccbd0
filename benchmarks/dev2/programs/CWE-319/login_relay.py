import json
import socket
import sys


class AuthRelay:
    """Forwards credentials typed at the kiosk to the central auth daemon."""

    def __init__(self, host, port=7070):
        self.addr = (host, port)

    def check(self, username, password):
        message = json.dumps({"user": username, "password": password}) + "\n"
        with socket.create_connection(self.addr, timeout=5) as sock:
            sock.sendall(message.encode("utf-8"))
            reply = sock.makefile("r").readline()
        return json.loads(reply).get("ok", False)


def main():
    relay = AuthRelay(sys.argv[1] if len(sys.argv) > 1 else "auth.corp.local")
    user = input("username: ")
    from getpass import getpass
    pwd = getpass("password: ")
    if relay.check(user, pwd):
        print("welcome", user)
    else:
        print("denied")


if __name__ == "__main__":
    main()
