"""A login helper that only rejects a blank field before verifying against the stored hash."""


def has_input(password):
    return bool(password)


def login(store, user, password):
    if not has_input(password):
        return False
    return store.verify(user, password)
