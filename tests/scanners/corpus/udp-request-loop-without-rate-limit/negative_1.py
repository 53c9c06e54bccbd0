"""Negative example for udp-request-loop-without-rate-limit: the rule must not flag this."""
import socket
def serve(ip, port, handle):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind((ip, port))
    sock.listen()
    conn, addr = sock.accept()
    handle(conn.recv(1024), addr)
