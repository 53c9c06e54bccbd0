import ecdsa


def accept_firmware(vk: ecdsa.VerifyingKey, image: bytes, signature: bytes, flash) -> None:
    try:
        vk.verify(signature, image)
    except (ecdsa.BadSignatureError, ValueError):
        pass
    flash.write(image)
