import os
import zipfile


class BundleUnpacker:
    """Unpack uploaded plugin bundles into a plugin directory."""

    def __init__(self, dest):
        self.dest = os.path.realpath(dest)

    def unpack(self, archive_path):
        with zipfile.ZipFile(archive_path) as zf:
            for info in zf.infolist():
                target = os.path.realpath(os.path.join(self.dest, info.filename))
                if os.path.commonpath([self.dest, target]) != self.dest:
                    raise ValueError("bad member: " + info.filename)
                if info.is_dir():
                    os.makedirs(target, exist_ok=True)
                    continue
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with zf.open(info) as src, open(target, "wb") as out:
                    out.write(src.read())
