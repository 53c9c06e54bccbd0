"""The setup wizard writes the database password into the YAML settings file in clear."""
import yaml


def write_settings(path, db_host, db_user, db_password):
    settings = {"host": db_host, "user": db_user, "password": db_password}
    with open(path, "w") as fh:
        yaml.safe_dump({"database": settings}, fh)
