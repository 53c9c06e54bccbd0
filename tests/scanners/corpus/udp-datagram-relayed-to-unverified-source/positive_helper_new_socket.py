"""Positive example for udp-datagram-relayed-to-unverified-source: each datagram's claimed host goes to a helper that sends from a fresh socket."""
import socket


def push_quote(text, host):
    out = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    out.sendto(text.encode(), (host, 17))
    out.close()


def quote_daemon(quotes):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("", 1717))
    while True:
        _, sender = sock.recvfrom(64)
        push_quote(quotes.next_quote(), sender[0])
