import socket
import struct
import time

PORT = 6300


def main():
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("0.0.0.0", PORT))
    while True:
        data, sender = sock.recvfrom(64)
        if len(data) != 8:
            continue
        (client_stamp,) = struct.unpack("!d", data)
        reply = struct.pack("!dd", client_stamp, time.time())
        # reply goes back to the address the datagram came from, same size as request + 8 bytes
        sock.sendto(reply, sender)


if __name__ == "__main__":
    main()
