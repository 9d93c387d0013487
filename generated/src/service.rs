//! Where the API lives and how requests are authenticated, from the
//! spec's `servers`, `security` and `securitySchemes`.

use crate::runtime::config::{AuthScheme, ServiceInfo};
use crate::runtime::huawei::SdkHmacSha256;
use crate::runtime::huawei::profile::{
    CredentialsFile, Environment, Iam, Metadata, Profile,
};

/// The API's endpoints, regions and authentication schemes.
pub static SERVICE: ServiceInfo = ServiceInfo {
    name: "Huawei Cloud VPC v3 Traffic Mirroring API",
    version: "v3",
    url_template: "https://vpc.{region}.myhuaweicloud.com",
    region_variable: Some("region"),
    regions: &[
        "af-south-1",
        "af-north-1",
        "ap-southeast-1",
        "ap-southeast-2",
        "ap-southeast-3",
        "ap-southeast-4",
        "ap-southeast-5",
        "cn-north-1",
        "cn-north-2",
        "cn-north-4",
        "cn-north-9",
        "cn-north-11",
        "cn-north-12",
        "cn-east-2",
        "cn-east-3",
        "cn-east-4",
        "cn-east-5",
        "cn-south-1",
        "cn-south-2",
        "cn-south-4",
        "cn-southwest-2",
        "cn-southwest-3",
        "eu-west-0",
        "eu-west-101",
        "la-north-2",
        "la-south-2",
        "me-east-1",
        "ae-ad-1",
        "my-kualalumpur-1",
        "na-mexico-1",
        "ru-moscow-1",
        "ru-northwest-2",
        "sa-brazil-1",
        "tr-west-1",
    ],
    default_region: Some("cn-north-4"),
    endpoint_env_prefix: Some("HUAWEICLOUD_SDK_REGION_VPC_"),
    auth: &[AuthScheme::Custom(&SDK_HMAC_SHA256)],
    auth_optional: false,
};

/// Where this API's clients find SDK-HMAC-SHA256 credentials and what
/// the deployment calls things, from the security scheme's
/// `x-vendorgen-credentials`.
static CREDENTIALS: Profile = Profile {
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
        regions: &[
            "af-south-1",
            "ae-ad-1",
            "ap-southeast-1",
            "ap-southeast-2",
            "ap-southeast-3",
            "ap-southeast-4",
            "cn-east-2",
            "cn-east-3",
            "cn-east-4",
            "cn-east-5",
            "cn-north-1",
            "cn-north-2",
            "cn-north-4",
            "cn-north-9",
            "cn-south-1",
            "cn-south-2",
            "cn-southwest-2",
            "eu-west-0",
            "la-north-2",
            "la-south-2",
            "me-east-1",
            "my-kualalumpur-1",
            "na-mexico-1",
            "ru-moscow-1",
            "sa-brazil-1",
            "tr-west-1",
        ],
    },
    metadata: Metadata {
        endpoint: "http://169.254.169.254",
        token_path: "/meta-data/latest/api/token",
        credentials_path: "/openstack/latest/securitykey",
        token_ttl_header: "X-Metadata-Token-Ttl-Seconds",
        token_header: "X-Metadata-Token",
    },
};

/// SDK-HMAC-SHA256 signing with [`CREDENTIALS`].
static SDK_HMAC_SHA256: SdkHmacSha256 = SdkHmacSha256::new(&CREDENTIALS);
