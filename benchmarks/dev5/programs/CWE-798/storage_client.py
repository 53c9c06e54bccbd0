"""Uploads generated reports to S3."""
import boto3


def make_client(profile_name=None, region="eu-west-1"):
    # credentials come from the named profile, environment or the instance role
    session = boto3.session.Session(profile_name=profile_name, region_name=region)
    return session.client("s3")


def upload_report(path, bucket, key, profile_name=None):
    client = make_client(profile_name)
    client.upload_file(path, bucket, key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
    return f"s3://{bucket}/{key}"


if __name__ == "__main__":
    import sys

    print(upload_report(sys.argv[1], sys.argv[2], sys.argv[3]))
