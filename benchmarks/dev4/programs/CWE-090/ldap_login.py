from ldap3 import Server, Connection, ALL


class LdapAuthenticator:
    def __init__(self, host, base_dn, service_dn, service_pw):
        self.server = Server(host, get_info=ALL)
        self.base_dn = base_dn
        self.service_dn = service_dn
        self.service_pw = service_pw

    def _find_user_dn(self, conn, username):
        conn.search(self.base_dn, f"(&(objectClass=inetOrgPerson)(uid={username}))",
                    attributes=["uid"])
        if len(conn.entries) != 1:
            return None
        return conn.entries[0].entry_dn

    def authenticate(self, username, password):
        with Connection(self.server, self.service_dn, self.service_pw, auto_bind=True) as svc:
            user_dn = self._find_user_dn(svc, username)
        if user_dn is None or not password:
            return False
        user_conn = Connection(self.server, user_dn, password)
        ok = user_conn.bind()
        user_conn.unbind()
        return ok
