"""Restore a user backup archive into the user's workspace."""
import os
import tarfile


class RestoreError(Exception):
    pass


def _inside(base, target):
    base = os.path.realpath(base)
    target = os.path.realpath(target)
    return os.path.commonpath([base, target]) == base


def restore(archive_path, workspace):
    os.makedirs(workspace, exist_ok=True)
    with tarfile.open(archive_path, "r:gz") as tar:
        members = []
        for member in tar.getmembers():
            if member.issym() or member.islnk() or member.isdev():
                raise RestoreError(f"links and devices are not allowed: {member.name}")
            dest = os.path.join(workspace, member.name)
            if not _inside(workspace, dest):
                raise RestoreError(f"entry escapes workspace: {member.name}")
            members.append(member)
        tar.extractall(workspace, members=members)
    return len(members)


if __name__ == "__main__":
    import sys
    count = restore(sys.argv[1], sys.argv[2])
    print(f"restored {count} entries")
