ACL = []


def add_rule(user, access):
    ACL.append((user, access))


def remove_rule(user):
    for i, (name, _access) in enumerate(ACL):
        if name == user:
            del ACL[i]
            return


def lookup(user):
    for name, access in ACL:
        if name == user:
            return access
    return "none"


if __name__ == "__main__":
    add_rule("mallory", "admin")
    add_rule("mallory", "admin")
    remove_rule("mallory")
    print("mallory has", lookup("mallory"))
