def checksum(buf):
    """Return the XOR of every byte in buf."""
    total = 0
    for i in range(len(buf)):
        total ^= buf[i]
    return total
