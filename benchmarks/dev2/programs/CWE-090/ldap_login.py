import ldap


class DirectoryAuth:
    def __init__(self, uri, base_dn, bind_dn, bind_pw):
        self.base_dn = base_dn
        self.conn = ldap.initialize(uri)
        self.conn.simple_bind_s(bind_dn, bind_pw)

    def _user_filter(self, username):
        return "(&(objectClass=inetOrgPerson)(uid=%s)(!(pwdAccountLockedTime=*)))" % username

    def find_user_dn(self, username):
        results = self.conn.search_s(self.base_dn, ldap.SCOPE_SUBTREE,
                                     self._user_filter(username), ["uid"])
        if len(results) != 1:
            return None
        return results[0][0]

    def authenticate(self, username, password):
        dn = self.find_user_dn(username)
        if dn is None or not password:
            return False
        probe = ldap.initialize(self.conn.get_option(ldap.OPT_URI))
        try:
            probe.simple_bind_s(dn, password)
            return True
        except ldap.INVALID_CREDENTIALS:
            return False
        finally:
            probe.unbind_s()


if __name__ == "__main__":
    import getpass
    import os
    auth = DirectoryAuth(os.environ["LDAP_URI"], "dc=example,dc=org",
                         os.environ["LDAP_BIND_DN"], os.environ["LDAP_BIND_PW"])
    user = input("username: ")
    print("ok" if auth.authenticate(user, getpass.getpass()) else "denied")
