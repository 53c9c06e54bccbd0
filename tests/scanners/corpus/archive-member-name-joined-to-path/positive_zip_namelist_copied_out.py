import os
import zipfile


def unpack_theme(zip_path, themes_root):
    with zipfile.ZipFile(zip_path) as zf:
        for entry in zf.namelist():
            if entry.endswith("/"):
                continue
            out_path = os.path.join(themes_root, entry)
            os.makedirs(os.path.dirname(out_path), exist_ok=True)
            with open(out_path, "wb") as fh:
                fh.write(zf.read(entry))
