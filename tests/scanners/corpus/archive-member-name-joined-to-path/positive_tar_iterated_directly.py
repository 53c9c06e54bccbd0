import shutil
import tarfile


def install(pkg, prefix):
    with tarfile.open(pkg) as tf:
        for m in tf:
            if not m.isreg():
                continue
            stream = tf.extractfile(m)
            dest = prefix + "/" + m.name
            with open(f"{prefix}/{m.name}", "wb") as out:
                shutil.copyfileobj(stream, out)
