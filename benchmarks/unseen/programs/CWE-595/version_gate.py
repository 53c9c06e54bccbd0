import sys

MIN_PROTOCOL = "2.1"


def negotiate(client_hello: bytes) -> str:
    version = client_hello.decode().split("/", 1)[1].strip()
    if version is MIN_PROTOCOL:
        return "accept"
    return "reject"


if __name__ == "__main__":
    print(negotiate(sys.stdin.buffer.readline()))
