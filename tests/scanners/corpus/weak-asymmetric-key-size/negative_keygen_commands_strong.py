"""Negative example for weak-asymmetric-key-size: ssh-keygen makes an ECDSA P-384 key (-b is the curve size) and a 4096-bit RSA key."""
import subprocess


def make_keys(prefix):
    subprocess.run(["ssh-keygen", "-t", "ecdsa", "-b", "384", "-N", "", "-f", prefix + "_ecdsa"], check=True)
    subprocess.run("ssh-keygen -t rsa -b 4096 -N '' -f " + prefix + "_rsa", shell=True, check=True)
