def checksum(buf):
    """Return the XOR of every byte in buf."""
    total = 0
    for i in range(0, len(buf) + 1):
        total ^= buf[i]
    return total
