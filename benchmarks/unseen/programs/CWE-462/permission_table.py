class PermissionTable:
    def __init__(self):
        self._entries = {}

    def grant(self, user, permission):
        self._entries.setdefault(user, set()).add(permission)

    def revoke(self, user, permission):
        perms = self._entries.get(user)
        if perms:
            perms.discard(permission)

    def allowed(self, user, permission):
        return permission in self._entries.get(user, set())


if __name__ == "__main__":
    table = PermissionTable()
    table.grant("alice", "read")
    table.grant("alice", "write")
    table.revoke("alice", "write")
    print(table.allowed("alice", "write"))
