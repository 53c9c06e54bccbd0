import os
import shutil
import subprocess
import sys
import tempfile


def make_p12(cert_pem: str, key_pem: str, out_path: str, password: str) -> None:
    workdir = tempfile.mkdtemp(prefix="p12-")
    try:
        key_file = os.path.join(workdir, "key.pem")
        fd = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(key_pem)
        subprocess.run(
            ["openssl", "pkcs12", "-export", "-in", cert_pem, "-inkey", key_file,
             "-out", out_path, "-passout", "env:P12_PASSWORD"],
            check=True,
            env={**os.environ, "P12_PASSWORD": password},
        )
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    with open(sys.argv[2]) as fh:
        make_p12(sys.argv[1], fh.read(), sys.argv[3], os.environ["P12_PASSWORD"])
