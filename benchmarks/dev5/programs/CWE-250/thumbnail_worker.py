import subprocess
from pathlib import Path

UPLOADS = Path("/srv/app/uploads")
THUMBS = Path("/srv/app/thumbs")


def make_thumbnail(upload_name: str) -> Path:
    src = UPLOADS / Path(upload_name).name
    dst = THUMBS / (src.stem + ".jpg")
    # run imagemagick with sudo so it can always write into the thumbs dir
    subprocess.run(["sudo", "convert", str(src), "-resize", "200x200", str(dst)],
                   check=True, timeout=60)
    return dst


if __name__ == "__main__":
    import sys
    print(make_thumbnail(sys.argv[1]))
