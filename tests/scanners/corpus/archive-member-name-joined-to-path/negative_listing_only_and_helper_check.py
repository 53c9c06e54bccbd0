import os
import zipfile


def inside(root, name):
    path = os.path.realpath(os.path.join(root, name))
    return os.path.commonpath([path, os.path.realpath(root)]) == os.path.realpath(root)


def list_contents(zip_path, root):
    with zipfile.ZipFile(zip_path) as zf:
        return [os.path.join(root, n) for n in zf.namelist()]


def unpack(zip_path, root):
    with zipfile.ZipFile(zip_path) as zf:
        for n in zf.namelist():
            if not inside(root, n):
                continue
            with open(os.path.join(root, n), "wb") as fh:
                fh.write(zf.read(n))
