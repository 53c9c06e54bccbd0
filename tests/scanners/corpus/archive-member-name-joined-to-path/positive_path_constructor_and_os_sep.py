import os
import shutil
import tarfile
from pathlib import Path


def import_fixtures(bundle, fixtures_dir):
    tf = tarfile.open(bundle, mode="r:*")
    for entry in tf.getmembers():
        if entry.isdir():
            continue
        out = Path(fixtures_dir, entry.name)
        out.parent.mkdir(parents=True, exist_ok=True)
        with tf.extractfile(entry) as src, open(out, "wb") as dst:
            shutil.copyfileobj(src, dst)
    tf.close()


def copy_reports(archive, out_dir):
    with tarfile.open(archive) as tf:
        for m in tf.getmembers():
            data = tf.extractfile(m)
            if data is None:
                continue
            with open(out_dir + os.sep + m.name, "wb") as fh:
                fh.write(data.read())
