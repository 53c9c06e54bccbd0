import shutil


def install_bundle(bundle_path, target):
    shutil.unpack_archive(bundle_path, target)
