def tokenize(src: str) -> list[str]:
    tokens = []
    pos = 0
    while pos < len(src):
        ch = src[pos]
        pos += 1
        if ch.isspace():
            continue
        tokens.append(ch)
    return tokens


def skip_blank(lines):
    out = []
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        out.append(lines[i])
        i += 1
    return out
