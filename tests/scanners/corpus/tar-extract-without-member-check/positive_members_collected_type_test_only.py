"""Positive: the collecting loop only drops links; member names like ../../x are still extracted."""
import tarfile


def unpack_bundle(bundle, dest):
    with tarfile.open(bundle) as tf:
        accepted = []
        for info in tf.getmembers():
            if info.issym() or info.islnk():
                continue
            accepted.append(info)
        tf.extractall(dest, members=accepted)
