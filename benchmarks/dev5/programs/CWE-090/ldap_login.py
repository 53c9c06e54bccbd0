"""Authenticate users against the corporate directory using ldap3."""
import os

from ldap3 import Server, Connection, ALL, SUBTREE

LDAP_URL = os.environ.get("LDAP_URL", "ldaps://dc1.corp.local")
SEARCH_BASE = "dc=corp,dc=local"


class DirectoryAuth:
    def __init__(self):
        self.server = Server(LDAP_URL, get_info=ALL)
        self.service = Connection(self.server, os.environ["LDAP_BIND_DN"],
                                  os.environ["LDAP_BIND_PW"], auto_bind=True)

    def _user_filter(self, username):
        return "(&(objectClass=user)(sAMAccountName={})(!(userAccountControl:1.2.840.113556.1.4.803:=2)))".format(
            username)

    def find_dn(self, username):
        self.service.search(SEARCH_BASE, self._user_filter(username), SUBTREE,
                            attributes=["distinguishedName"])
        if len(self.service.entries) != 1:
            return None
        return self.service.entries[0].entry_dn

    def authenticate(self, username, password):
        dn = self.find_dn(username)
        if dn is None or not password:
            return False
        user_conn = Connection(self.server, dn, password)
        ok = user_conn.bind()
        user_conn.unbind()
        return ok


def login_view(form):
    auth = DirectoryAuth()
    return {"authenticated": auth.authenticate(form.get("user", ""), form.get("password", ""))}
