import socket

CATALOG = open("/srv/catalog.txt", "rb").read()


def serve():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", 9999))
    while True:
        data, addr = sock.recvfrom(64)
        if data.strip() == b"LIST":
            for i in range(0, len(CATALOG), 1400):
                sock.sendto(CATALOG[i:i + 1400], addr)


if __name__ == "__main__":
    serve()
