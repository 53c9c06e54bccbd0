def build_headers(token, extra_pairs):
    headers = [
        ("Content-Type", "application/json"),
        ("Authorization", f"Bearer {token}"),
    ]
    for name, value in extra_pairs:
        headers.append((name, value))
    return headers


def get_header(headers, name):
    for key, value in headers:
        if key.lower() == name.lower():
            return value
    return None


if __name__ == "__main__":
    import sys
    extra = [tuple(arg.split("=", 1)) for arg in sys.argv[1:]]
    hs = build_headers("secret-token", extra)
    print("auth:", get_header(hs, "authorization"))
    print(hs)
