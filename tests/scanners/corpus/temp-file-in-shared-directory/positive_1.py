"""Positive example for temp-file-in-shared-directory: the rule must flag this."""
def save(data):
    with open("/tmp/report.txt", "w") as f:
        f.write(data)
