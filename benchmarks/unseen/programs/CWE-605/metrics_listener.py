import socket

PORT = 8125


def listen():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(("0.0.0.0", PORT))
    totals = {}
    while True:
        data, _addr = sock.recvfrom(1024)
        name, _, value = data.decode(errors="ignore").partition(":")
        totals[name] = totals.get(name, 0) + float(value.split("|")[0] or 0)
        print(name, totals[name])


if __name__ == "__main__":
    listen()
