import ldap
from ldap.filter import escape_filter_chars

DIRECTORY = "ldap://directory.internal:389"


def find_staff(login):
    conn = ldap.initialize(DIRECTORY)
    conn.simple_bind_s()
    query = "(&(objectClass=inetOrgPerson)(uid=%s))" % escape_filter_chars(login)
    return conn.search_s("ou=staff,dc=internal", ldap.SCOPE_SUBTREE, query)
