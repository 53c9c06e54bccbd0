import ldap

DIRECTORY = "ldap://directory.internal:389"


def find_staff(login):
    conn = ldap.initialize(DIRECTORY)
    conn.simple_bind_s()
    query = "(&(objectClass=inetOrgPerson)(uid=%s))" % login
    return conn.search_s("ou=staff,dc=internal", ldap.SCOPE_SUBTREE, query)
