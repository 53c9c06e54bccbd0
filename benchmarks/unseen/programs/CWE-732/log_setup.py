import logging
import os

LOG_DIR = "/var/log/payments"


def setup_logging():
    os.makedirs(LOG_DIR, exist_ok=True)
    path = os.path.join(LOG_DIR, "payments.log")
    open(path, "a").close()
    os.chmod(path, 0o666)
    logging.basicConfig(filename=path, level=logging.INFO)
    return logging.getLogger("payments")


if __name__ == "__main__":
    log = setup_logging()
    log.info("card ending 4242 charged 19.99")
