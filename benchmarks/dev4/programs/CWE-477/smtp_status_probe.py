import argparse
import socket
import ssl


def probe(host, port, timeout):
    raw = socket.create_connection((host, port), timeout=timeout)
    tls = ssl.wrap_socket(raw, ssl_version=ssl.PROTOCOL_TLS,
                          cert_reqs=ssl.CERT_REQUIRED,
                          ca_certs="/etc/ssl/certs/ca-certificates.crt")
    try:
        banner = tls.recv(1024).decode("ascii", "replace").strip()
        tls.sendall(b"EHLO probe.local\r\n")
        reply = tls.recv(4096).decode("ascii", "replace")
        tls.sendall(b"QUIT\r\n")
    finally:
        tls.close()
    return banner, reply


def main():
    parser = argparse.ArgumentParser(description="Check an SMTPS endpoint")
    parser.add_argument("host")
    parser.add_argument("--port", type=int, default=465)
    parser.add_argument("--timeout", type=float, default=5.0)
    args = parser.parse_args()
    banner, reply = probe(args.host, args.port, args.timeout)
    print("banner:", banner)
    for line in reply.splitlines():
        print("  ", line)


if __name__ == "__main__":
    main()
