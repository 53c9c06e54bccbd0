def parse_headers(raw):
    headers = {}
    for line in raw.split("\r\n"):
        if ":" in line:
            k, v = line.split(":", 1)
            key = k.strip().lower()
            if key in headers:
                raise ValueError("duplicate header: " + key)
            headers[key] = v.strip()
    return headers


def authorize(raw, valid_tokens):
    headers = parse_headers(raw)
    token = headers.get("authorization")
    return token if token in valid_tokens else None
