"""Negative example for udp-reply-to-unauthenticated-source: the rule must not flag this."""
import socket
def serve(ip, port, answer):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((ip, port))
    sock.listen()
    conn, _ = sock.accept()
    conn.sendall(answer(conn.recv(512)))
