import os

from ldap3 import ALL, Connection, Server, Tls
import ssl

LDAP_HOST = os.environ.get("LDAP_HOST", "ldap.corp.example")
BIND_DN = os.environ["LDAP_BIND_DN"]
BIND_PW = os.environ["LDAP_BIND_PW"]
BASE_DN = "ou=people,dc=corp,dc=example"


def connect():
    tls = Tls(validate=ssl.CERT_REQUIRED, version=ssl.PROTOCOL_TLS_CLIENT)
    server = Server(LDAP_HOST, port=636, use_ssl=True, tls=tls, get_info=ALL)
    return Connection(server, user=BIND_DN, password=BIND_PW, auto_bind=True)


def find_manager(uid):
    from ldap3.utils.conv import escape_filter_chars
    conn = connect()
    try:
        conn.search(BASE_DN, f"(uid={escape_filter_chars(uid)})", attributes=["manager", "cn"])
        if not conn.entries:
            return None
        entry = conn.entries[0]
        return {"cn": str(entry.cn), "manager": str(entry.manager)}
    finally:
        conn.unbind()


if __name__ == "__main__":
    import sys
    print(find_manager(sys.argv[1]))
