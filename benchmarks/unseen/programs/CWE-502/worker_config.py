import argparse

import yaml


def load_config(path):
    with open(path) as fh:
        data = yaml.load(fh, Loader=yaml.SafeLoader)
    if not isinstance(data, dict):
        raise ValueError("config must be a mapping")
    return data


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", required=True)
    args = parser.parse_args()
    cfg = load_config(args.config)
    print("workers:", cfg.get("workers", 1))


if __name__ == "__main__":
    main()
