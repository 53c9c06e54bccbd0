def tokenize(src: str) -> list[str]:
    tokens = []
    pos = 0
    while pos < len(src):
        ch = src[pos]
        if ch.isspace():
            continue
        if ch.isdigit():
            tokens.append("NUM:" + ch)
        else:
            tokens.append("SYM:" + ch)
        pos += 1
    return tokens
