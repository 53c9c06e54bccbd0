import os
import zipfile


def collect_images(zip_path, gallery):
    with zipfile.ZipFile(zip_path) as zf:
        for info in zf.infolist():
            base = os.path.basename(info.filename)
            if not base.lower().endswith((".png", ".jpg")):
                continue
            with zf.open(info) as src, open(os.path.join(gallery, base), "wb") as dst:
                dst.write(src.read())
