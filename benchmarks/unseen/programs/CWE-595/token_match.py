import hmac


class ApiClient:
    def __init__(self, name, token):
        self.name = name
        self.token = token


REGISTERED = [ApiClient("billing", "b-7f3a"), ApiClient("search", "s-91cc")]


def find_client(token):
    for client in REGISTERED:
        if hmac.compare_digest(client.token, token):
            return client
    return None


def same_client(a, b):
    return a.name == b.name and a.token == b.token


if __name__ == "__main__":
    import sys
    c = find_client(sys.argv[1])
    print(c.name if c is not None else "unknown")
