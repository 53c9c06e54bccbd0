import os
import tarfile

TARGET = "/srv/import/"


def unpack(archive):
    with tarfile.open(archive) as tar:
        for item in tar.getmembers():
            if os.path.realpath(item.name).startswith(TARGET):
                tar.extract(item, path=TARGET)
