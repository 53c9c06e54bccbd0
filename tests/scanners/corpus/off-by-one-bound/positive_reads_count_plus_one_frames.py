import socket


def read_frames(sock: socket.socket) -> list[bytes]:
    f = sock.makefile("rb")
    frame_count = int.from_bytes(f.read(4), "big")
    frames = []
    for _ in range(frame_count + 1):
        size = int.from_bytes(f.read(2), "big")
        frames.append(f.read(size))
    return frames
