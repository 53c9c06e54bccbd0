def parse_headers(raw):
    pairs = []
    for line in raw.split("\r\n"):
        if ":" in line:
            k, v = line.split(":", 1)
            pairs.append((k.strip().lower(), v.strip()))
    return pairs


def first(pairs, key):
    for k, v in pairs:
        if k == key:
            return v
    return None


def last(pairs, key):
    found = None
    for k, v in pairs:
        if k == key:
            found = v
    return found


def authorize(raw, valid_tokens):
    pairs = parse_headers(raw)
    if last(pairs, "authorization") not in valid_tokens:
        return None
    return first(pairs, "authorization")
