import os
import shutil
import tempfile


def process_archive(archive_path):
    workdir = tempfile.mkdtemp(prefix="unpack-")
    try:
        shutil.unpack_archive(archive_path, workdir)
        total = 0
        for root, _dirs, files in os.walk(workdir):
            for name in files:
                total += os.path.getsize(os.path.join(root, name))
        return total
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    import sys
    print(process_archive(sys.argv[1]))
