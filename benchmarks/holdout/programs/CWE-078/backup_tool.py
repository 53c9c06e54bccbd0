import os
import sys


def backup(directory):
    """Create a gzip tarball of the given directory in /var/backups."""
    archive = "/var/backups/" + os.path.basename(directory.rstrip("/")) + ".tgz"
    os.system("tar czf " + archive + " " + directory)
    return archive


if __name__ == "__main__":
    print(backup(sys.argv[1]))
