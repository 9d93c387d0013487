//! The names Huawei Cloud's official SDKs use, as the generator emits them
//! from `spec/openapi.yaml`'s `x-vendorgen-credentials`, for the tests of the
//! SDK-HMAC-SHA256 module; and another deployment's names, to show that the
//! module reads every name from its profile.

// Each test binary that includes this uses part of it.
#![allow(dead_code)]

use client_runtime::huawei::SdkHmacSha256;
use client_runtime::huawei::profile::{CredentialsFile, Environment, Iam, Metadata, Profile};

/// Huawei Cloud's names.
pub static HUAWEI: Profile = Profile {
    provider: "Huawei Cloud",
    environment: Environment {
        access_key: &["HUAWEICLOUD_SDK_AK", "CLOUD_SDK_AK"],
        secret_key: &["HUAWEICLOUD_SDK_SK", "CLOUD_SDK_SK"],
        security_token: &["HUAWEICLOUD_SDK_SECURITY_TOKEN"],
        project_id: &["HUAWEICLOUD_SDK_PROJECT_ID"],
        region: &["HUAWEICLOUD_SDK_REGION"],
        iam_endpoint: &["HUAWEICLOUD_SDK_IAM_ENDPOINT"],
        credentials_file: &["HUAWEICLOUD_SDK_CREDENTIALS_FILE"],
    },
    credentials_file: CredentialsFile {
        path: "~/.huaweicloud/credentials",
        section: "basic",
    },
    project_id_header: "X-Project-Id",
    security_token_header: "X-Security-Token",
    project_id_value: "project_id",
    iam: Iam {
        regional_endpoint: "https://iam.{region}.myhuaweicloud.com",
        global_endpoint: "https://iam.myhuaweicloud.com",
        regions: &["cn-north-4", "ap-southeast-1", "eu-west-0"],
    },
    metadata: Metadata {
        endpoint: "http://169.254.169.254",
        token_path: "/meta-data/latest/api/token",
        credentials_path: "/openstack/latest/securitykey",
        token_ttl_header: "X-Metadata-Token-Ttl-Seconds",
        token_header: "X-Metadata-Token",
    },
};

/// Huawei Cloud's SDK-HMAC-SHA256 scheme.
pub static HUAWEI_SIGNING: SdkHmacSha256 = SdkHmacSha256::new(&HUAWEI);

/// A made-up deployment of the same algorithm with names of its own.
pub static OTHER: Profile = Profile {
    provider: "Example Cloud",
    environment: Environment {
        access_key: &["EXAMPLE_AK"],
        secret_key: &["EXAMPLE_SK"],
        security_token: &["EXAMPLE_TOKEN"],
        project_id: &["EXAMPLE_TENANT"],
        region: &["EXAMPLE_REGION"],
        iam_endpoint: &["EXAMPLE_IDENTITY_URL"],
        credentials_file: &["EXAMPLE_CREDENTIALS"],
    },
    credentials_file: CredentialsFile {
        path: "~/.example/keys",
        section: "default",
    },
    project_id_header: "X-Tenant",
    security_token_header: "X-Session-Token",
    project_id_value: "tenant_id",
    iam: Iam {
        regional_endpoint: "https://identity.{region}.example.test",
        global_endpoint: "https://identity.example.test",
        regions: &["north-1"],
    },
    metadata: Metadata {
        endpoint: "http://127.0.0.1:9",
        token_path: "/token",
        credentials_path: "/keys",
        token_ttl_header: "X-Token-Ttl",
        token_header: "X-Token",
    },
};

/// The made-up deployment's scheme.
pub static OTHER_SIGNING: SdkHmacSha256 = SdkHmacSha256::new(&OTHER);
